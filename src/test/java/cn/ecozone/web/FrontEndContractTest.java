package cn.ecozone.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.calendar.Counting;
import cn.ecozone.calendar.DayKind;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.IndicatorConfirmationManagement;
import cn.ecozone.indicator.ProgressManagement;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.InboxFilter;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.procedure.internal.RunEntity;
import cn.ecozone.procedure.internal.TaskEntity;
import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.region.ConstructionUnitKind;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.PlanKind;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.RegulationStatus;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Role;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java↔TypeScript contract (issue 9 §4, until issue 15 generates types from OpenAPI): every enum of
 * the Java API that the front end mirrors has the same constants in its {@code web/src/api/*.ts} array,
 * and, where the UI shows it, a label for every constant in both locale files.
 *
 * <p>To add a row: the Java enum, the TS file under {@code web/src/api}, the exported {@code as const}
 * array, and the locale key prefix the UI uses ({@code null} when the UI never shows the code itself).
 */
class FrontEndContractTest {

    private static final Path API = Path.of("web/src/api");
    private static final Path LOCALES = Path.of("web/src/locales");
    private static final List<String> LOCALE_FILES = List.of("zh-CN.ts", "en.ts");

    /** One mirrored set of codes: the Java side, where TS keeps it, and the labels the UI shows. */
    record Mirror(String name, Set<String> java, String tsFile, String tsArray, String localePrefix) {
        @Override
        public String toString() {
            return name + " ↔ " + tsFile + " " + tsArray;
        }
    }

    static Stream<Mirror> mirrors() {
        return Stream.of(
                mirror(Role.class, "types.ts", "ROLES", "role"),
                mirror(RegionLevel.class, "types.ts", "REGION_LEVELS", "regionLevel"),
                mirror(Terrain.class, "types.ts", "TERRAINS", "terrain"),
                mirror(OrganizationKind.class, "types.ts", "ORG_KINDS", "orgKind"),
                mirror(ConstructionUnitKind.class, "types.ts", "UNIT_KINDS", "unitKind"),
                mirror(AuditEntry.Outcome.class, "types.ts", "AUDIT_OUTCOMES", "outcome"),
                mirror(DayKind.class, "types.ts", "DAY_KINDS", null),
                mirror(Counting.class, "types.ts", "COUNTINGS", "counting"),
                mirror(PlanState.class, "plan.ts", "PLAN_STATES", "planState"),
                mirror(PlanState.class, "portal.ts", "PUBLIC_PLAN_STATES", "planState"),
                mirror(StepType.class, "plan.ts", "STEP_TYPES", "planStepType"),
                mirror(Programme.class, "regulation.ts", "PROGRAMMES", "programme"),
                mirror(Programme.class, "keyProject.ts", "PROGRAMMES", "programme"),
                mirror(RegulationStatus.class, "regulation.ts", "REGULATION_STATUSES", "regulationStatus"),
                mirror(Body.class, "regulation.ts", "BODIES", "body"),
                mirror(PlanKind.class, "regulation.ts", "PLAN_KINDS", "planKind"),
                mirror(ApplicationRules.WindowKind.class, "regulation.ts", "WINDOW_KINDS", "windowKind"),
                mirror(ApplicationRules.ReviewMethod.class, "regulation.ts", "REVIEW_METHODS", "reviewMethod"),
                mirror(TitleRules.CheckKind.class, "regulation.ts", "CHECK_KINDS", "checkKind"),
                mirror(TitleRules.Consequence.class, "regulation.ts", "CONSEQUENCES", "consequence"),
                mirror(SubmissionState.class, "indicator.ts", "SUBMISSION_STATES", "indicatorState"),
                mirror(IndicatorConfirmationManagement.Transition.class, "indicator.ts", "TRANSITIONS", null),
                mirror(ValueType.class, "indicator.ts", "VALUE_TYPES", "valueType"),
                mirror(Attainment.class, "indicator.ts", "ATTAINMENTS", "attainment"),
                mirror(Binding.class, "indicator.ts", "BINDINGS", "binding"),
                mirror(ProgressManagement.Category.class, "progress.ts", "PROGRESS_CATEGORIES", "progress.category"),
                mirror(KeyProjectStatus.class, "keyProject.ts", "KEY_PROJECT_STATUSES", "keyProjectStatus"),
                mirror(WorkPlanState.class, "workPlan.ts", "WORK_PLAN_STATES", "workPlanState"),
                mirror(WorkPlanRows.TaskStatus.class, "workPlan.ts", "TASK_STATUSES", "taskStatus"),
                mirror(RunEntity.State.class, "procedure.ts", "RUN_STATES", "procedure.runState"),
                mirror(StepKind.class, "procedure.ts", "STEP_KINDS", "procedure.kind"),
                mirror(TaskEntity.State.class, "procedure.ts", "TASK_STATES", "procedure.taskState"),
                mirror(InboxFilter.Due.class, "procedure.ts", "DUE_BANDS", "inbox.dueBand"),
                new Mirror(
                        "procedure actions (the commands)",
                        Arrays.stream(ProcedureCommand.class.getPermittedSubclasses())
                                .map(c -> c.getSimpleName().toUpperCase(java.util.Locale.ROOT))
                                .collect(Collectors.toCollection(TreeSet::new)),
                        "procedure.ts",
                        "PROCEDURE_ACTIONS",
                        "procedure.action"),
                new Mirror(
                        "procedure review outcomes",
                        new TreeSet<>(ProcedureDefinitions.REVIEW_OUTCOMES),
                        "procedure.ts",
                        "REVIEW_OUTCOMES",
                        "procedure.outcomeLabel"),
                // a plan's own entries on its run's timeline, labelled by the procedure panel's timeline
                mirror(cn.ecozone.plan.PlanRecordAction.class, "plan.ts", "PLAN_RECORD_ACTIONS", "procedure.action"),
                // exclusions (issue 11 §2): the panel's outcomes and the kinds of the records behind them
                mirror(
                        cn.ecozone.registry.ExclusionOutcome.class,
                        "exclusions.ts",
                        "EXCLUSION_OUTCOMES",
                        "exclusions.outcome"),
                mirror(cn.ecozone.registry.RegisterKind.class, "exclusions.ts", "REGISTER_KINDS", "exclusions.kind"),
                // the registers (issue 11 §1)
                mirror(cn.ecozone.registry.RegisterKind.class, "registry.ts", "REGISTER_KINDS", "registry.kinds"),
                mirror(cn.ecozone.registry.RegisterState.class, "registry.ts", "REGISTER_STATES", "registry.states"),
                mirror(
                        cn.ecozone.registry.EcoQualityGrade.class,
                        "registry.ts",
                        "ECO_QUALITY_GRADES",
                        "registry.grade"),
                mirror(
                        cn.ecozone.registry.internal.RegisterAction.class,
                        "registry.ts",
                        "REGISTER_ACTIONS",
                        "registry.actions"),
                // the one subject-role policy (issue 9): web/src/utils/subjectRoles.ts
                roles("SubjectRoles.GOVERNMENTS", SubjectRoles.GOVERNMENTS, "SUBJECT_GOVERNMENT_ROLES"),
                roles("SubjectRoles.PUBLISHERS", SubjectRoles.PUBLISHERS, "PUBLISHER_ROLES"),
                roles("SubjectRoles.REPORTERS", SubjectRoles.REPORTERS, "REPORTING_ROLES"),
                // the application dossier (issue 11 §3–4): web/src/api/dossier.ts
                mirror(cn.ecozone.dossier.DossierState.class, "dossier.ts", "DOSSIER_STATES", "dossier.state"),
                mirror(ApplicationRules.MaterialKind.class, "dossier.ts", "MATERIAL_KINDS", null),
                mirror(
                        cn.ecozone.dossier.DossierView.Status.class,
                        "dossier.ts",
                        "MATERIAL_STATUSES",
                        "dossier.status"),
                // the scheduled checks (issue 13 §2): web/src/api/supervision.ts
                mirror(
                        cn.ecozone.supervision.internal.CheckEntity.State.class,
                        "supervision.ts",
                        "CHECK_STATES",
                        "supervision.state"),
                // annual reports (issue 13 §1): web/src/api/report.ts
                mirror(cn.ecozone.report.ReportState.class, "report.ts", "REPORT_STATES", "report.state"),
                mirror(cn.ecozone.report.BimSender.Kind.class, "report.ts", "BIM_SENDER_KINDS", "report.bim.kindValue"),
                // the public progress page (issue 13 §7): web/src/api/publicProgress.ts
                mirror(
                        ProgressManagement.Category.class,
                        "publicProgress.ts",
                        "PROGRESS_CATEGORIES",
                        "publicProgress.category"),
                // typical cases (issue 13 §5): web/src/api/cases.ts
                mirror(cn.ecozone.cases.TransformationPath.class, "cases.ts", "CASE_PATHS", "cases.paths"),
                mirror(cn.ecozone.cases.CaseState.class, "cases.ts", "CASE_STATES", "cases.state"),
                mirror(
                        cn.ecozone.indicator.OverviewRow.OverviewState.class,
                        "indicatorReview.ts",
                        "OVERVIEW_STATES",
                        "indicatorReview.state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mirrors")
    void theFrontEndKnowsExactlyTheServersConstants(Mirror mirror) throws IOException {
        assertThat(tsArray(mirror.tsFile(), mirror.tsArray()))
                .as("%s: constants of %s in web/src/api/%s", mirror.name(), mirror.tsArray(), mirror.tsFile())
                .containsExactlyInAnyOrderElementsOf(mirror.java());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mirrors")
    void everyConstantTheUiShowsHasALabelInBothLanguages(Mirror mirror) throws IOException {
        if (mirror.localePrefix() == null) return;
        for (String file : LOCALE_FILES) {
            assertThat(localeKeys(file, mirror.localePrefix()))
                    .as("%s: labels under '%s' in web/src/locales/%s", mirror.name(), mirror.localePrefix(), file)
                    .containsAll(mirror.java());
        }
    }

    /** A set of roles of the subject-role policy and its copy in {@code web/src/utils/subjectRoles.ts}. */
    private static Mirror roles(String name, Set<Role> roles, String tsArray) {
        Set<String> names = roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        return new Mirror(name, names, "../utils/subjectRoles.ts", tsArray, "role");
    }

    private static Mirror mirror(Class<? extends Enum<?>> type, String tsFile, String tsArray, String localePrefix) {
        Set<String> constants = Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Mirror(type.getSimpleName(), constants, tsFile, tsArray, localePrefix);
    }

    /** The string elements of {@code export const NAME = [ ... ] as const} in a TS file. */
    static List<String> tsArray(String file, String name) throws IOException {
        String source = Files.readString(API.resolve(file));
        var declaration = Pattern.compile("export const " + Pattern.quote(name) + "\\s*=\\s*\\[([^\\]]*)]")
                .matcher(source);
        assertThat(declaration.find())
                .as("web/src/api/%s declares export const %s = [...]", file, name)
                .isTrue();
        return Pattern.compile("'([^']*)'")
                .matcher(declaration.group(1))
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    /**
     * The keys directly under a dotted prefix of a locale file, read by indentation (the files are
     * object literals with two spaces per level, one key per line).
     */
    static Set<String> localeKeys(String file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(LOCALES.resolve(file));
        int from = 0;
        int to = lines.size();
        String indent = "";
        for (String part : prefix.split("\\.")) {
            indent += "  ";
            int open = -1;
            for (int i = from; i < to; i++) {
                if (lines.get(i).equals(indent + part + ": {")) {
                    open = i;
                    break;
                }
            }
            assertThat(open)
                    .as("web/src/locales/%s has the block %s", file, prefix)
                    .isNotNegative();
            int close = open + 1;
            while (close < to && !lines.get(close).startsWith(indent + "}")) close++;
            from = open + 1;
            to = close;
        }
        var key = Pattern.compile("^" + indent + "  ([A-Za-z_][A-Za-z0-9_]*):");
        Set<String> keys = new TreeSet<>();
        for (String line : lines.subList(from, to)) {
            var m = key.matcher(line);
            if (m.find()) keys.add(m.group(1));
        }
        return keys;
    }
}
