package cn.ecozone.indicator.internal;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.StepDefinition.RoleAt;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.List;

/**
 * The path an indicator year runs on (as DHIS2 data approval): {@code SUBMIT} by any {@link
 * SubjectRoles#reportersAt reporting role} of the region, then {@code CONFIRM} by the body above it,
 * who confirms (locking the values) or returns with a reason; the confirmer alone reopens (the
 * engine's reopening of a finished run).
 *
 * <p>Built in code, not read from the regulation files: no regulation names this confirmation. It is
 * the platform's own control over the figures the evaluations (IM eco-civ art. 6, GZ art. 9) are
 * computed from, the same in every jurisdiction, so a data file per province would only repeat it.
 *
 * <p>Who confirms: a county's (or township's) year the prefecture's ecology bureau ({@link
 * Role#PREFECTURE_STAFF}) or the province department ({@link Role#PROVINCE_STAFF}), whoever acts
 * first (one task each; the other closes superseded); a league's or city's the province department ({@link Role#PROVINCE_STAFF});
 * a province's own year, entered by the department's staff, a division reviewer of the province
 * (four eyes inside the department: the platform has no national role).
 */
public final class ConfirmationPath {

    /** The subject type of confirmation runs. */
    public static final String SUBJECT_TYPE = "INDICATOR_YEAR";

    public static final String SUBMIT = "SUBMIT";
    public static final String CONFIRM = "CONFIRM";

    private ConfirmationPath() {}

    /** The path of a year of a region (or of a construction unit of it) at {@code level}. */
    public static ProcedureDefinition of(RegionLevel level) {
        StepDefinition submit = new StepDefinition(
                SUBMIT,
                "填报并上报指标数据",
                StepKind.SUBMIT,
                ActorRule.anyOf(SubjectRoles.reportersAt(level), ActorLevel.SUBJECT),
                null,
                null,
                null,
                List.of());
        StepDefinition confirm = new StepDefinition(
                CONFIRM,
                "确认指标数据（确认后锁定）",
                StepKind.ACKNOWLEDGE,
                confirmer(level),
                null,
                ReturnTo.PREVIOUS,
                null,
                List.of());
        return new ProcedureDefinition("INDICATOR_CONFIRMATION/" + level, 1, List.of(submit, confirm));
    }

    private static ActorRule confirmer(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> ActorRule.of(Role.DIVISION_REVIEWER, ActorLevel.PROVINCE);
            case PREFECTURE -> ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE);
            // as before the engine: the prefecture bureau or the province department, whoever acts first
            case COUNTY, TOWNSHIP ->
                ActorRule.anyOfAt(List.of(
                        new RoleAt(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE),
                        new RoleAt(Role.PROVINCE_STAFF, ActorLevel.PROVINCE)));
        };
    }

    /**
     * Whether {@code actor} has a role of step {@code stepCode} at the region the step's actor sits in
     * (the role guard, asked before the year's state so that a stranger learns 403, not the state).
     */
    public static boolean hasRoleOf(String stepCode, Actor actor, Region subject) {
        ProcedureDefinition d = of(subject.level());
        ActorRule rule = d.steps().get(d.indexOf(stepCode)).actor();
        return rule.admits(actor.role(), actor.regionCode(), subject.code(), subject.path());
    }
}
