package cn.ecozone.registry.internal.exclusion;

import static cn.ecozone.registry.internal.exclusion.Registers.COUNTY;
import static cn.ecozone.registry.internal.exclusion.Registers.entry;
import static cn.ecozone.registry.internal.exclusion.Registers.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.regulation.Regulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exclusion code against a record one day inside and one day outside each edge of the window
 * ("近3年": from the same date three years before the as-of date to the as-of date, both included).
 */
class ExclusionChecksTest {

    private static final Regulation IM = Registers.shipped("im-ecociv-2022.yaml");
    private static final Regulation IM_2M = Registers.shipped("im-twomtn-2022.yaml");
    private static final Regulation GZ = Registers.shipped("gz-twomtn-2021.yaml");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

    /** A record of the code dated {@code on} that excludes when inside the window. */
    static Stream<Arguments> codes() {
        Function<LocalDate, RegisterEntry> unrectified = on -> entry(
                RegisterKind.INSPECTION_FINDING,
                "CENTRAL_INSPECTION",
                on,
                null,
                true,
                false,
                List.of(new RegisterEntry.Task("整改", on.minusDays(1), null)));
        return Stream.of(
                Arguments.of(IM, "INSPECTION_UNRECTIFIED", unrectified),
                Arguments.of(IM, "KEY_TASKS_UNFINISHED", (Function<LocalDate, RegisterEntry>)
                        on -> entry(RegisterKind.KEY_TASK, "DISCHARGE_PERMITS", on, null, null, false, List.of())),
                Arguments.of(IM, "INCIDENT_OR_SANCTION", (Function<LocalDate, RegisterEntry>) on ->
                        entry(RegisterKind.INCIDENT, "ENVIRONMENTAL_EMERGENCY", on, "MAJOR", null, null, List.of())),
                Arguments.of(IM, "QUALITY_DECLINE", (Function<LocalDate, RegisterEntry>)
                        on -> entry(RegisterKind.ECO_QUALITY, null, on, "WORSE", null, null, List.of())),
                Arguments.of(IM, "DATA_FALSIFIED", (Function<LocalDate, RegisterEntry>)
                        on -> entry(RegisterKind.DATA_FALSIFICATION, null, on, null, null, null, List.of())),
                Arguments.of(IM_2M, "INSPECTION_MAJOR_PROBLEM", (Function<LocalDate, RegisterEntry>) on ->
                        entry(RegisterKind.INSPECTION_FINDING, "MINISTRY_SPECIAL", on, null, true, null, List.of())),
                Arguments.of(GZ, "INSPECTION_MAJOR_PROBLEM", (Function<LocalDate, RegisterEntry>) on -> entry(
                        RegisterKind.INSPECTION_FINDING, "PROVINCIAL_INSPECTION", on, null, true, null, List.of())),
                Arguments.of(GZ, "MAJOR_DAMAGE_EVENT", (Function<LocalDate, RegisterEntry>) on -> entry(
                        RegisterKind.INCIDENT, "ECOLOGICAL_DAMAGE", on, "ESPECIALLY_MAJOR", null, null, List.of())));
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("codes")
    void aRecordOnEitherEdgeOfTheWindowExcludesAndOneDayOutsideItDoesNot(
            Regulation regulation, String code, Function<LocalDate, RegisterEntry> record) {
        LocalDate first = LocalDate.of(2023, 3, 10);
        for (LocalDate inside : List.of(first, AS_OF)) {
            RegisterEntry e = record.apply(inside);
            ExclusionVerdict v = verdict(regulation, code, AS_OF, List.of(e));
            assertThat(v.outcome()).as(code + " on " + inside).isEqualTo(ExclusionOutcome.EXCLUDED);
            assertThat(v.records())
                    .extracting(ExclusionVerdict.Trigger::recordId)
                    .containsExactly(e.id());
            assertThat(v.article()).startsWith("第");
            assertThat(v.textZh()).isNotBlank();
        }
        for (LocalDate outside : List.of(first.minusDays(1), AS_OF.plusDays(1))) {
            ExclusionVerdict v = verdict(regulation, code, AS_OF, List.of(record.apply(outside)));
            assertThat(v.outcome()).as(code + " on " + outside).isEqualTo(ExclusionOutcome.CLEAR);
            assertThat(v.records()).isEmpty();
        }
    }

    @Test
    void onTwentyNinthFebruaryTheWindowStartsOnTwentyEighthFebruaryThreeYearsEarlier() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        ExclusionReport report = ExclusionEvaluator.evaluate(IM, COUNTY, leap, List.of(), Map.of());
        assertThat(report.windowFrom()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(report.windowTo()).isEqualTo(leap);
        assertThat(report.windowTextZh()).contains("2025年2月28日（含）至2028年2月29日（含）");
        assertThat(report.windowUncertain()).isTrue();
        Function<LocalDate, RegisterEntry> falsified =
                on -> entry(RegisterKind.DATA_FALSIFICATION, null, on, null, null, null, List.of());
        assertThat(verdict(IM, "DATA_FALSIFIED", leap, List.of(falsified.apply(LocalDate.of(2025, 2, 28))))
                        .outcome())
                .isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(verdict(IM, "DATA_FALSIFIED", leap, List.of(falsified.apply(LocalDate.of(2025, 2, 27))))
                        .outcome())
                .isEqualTo(ExclusionOutcome.CLEAR);
        // the same calendar date: 28 February 2027 looks back to 28 February 2024, not to the 29th
        assertThat(ExclusionWindow.of(LocalDate.of(2027, 2, 28), 3).from()).isEqualTo(LocalDate.of(2024, 2, 28));
    }

    @Test
    void aMajorFindingWhoseTasksAreOnTimeOrNotYetDueDoesNotExcludeButOneWithoutTasksNeedsJudgement() {
        LocalDate on = LocalDate.of(2025, 1, 1);
        RegisterEntry onTime = entry(
                RegisterKind.INSPECTION_FINDING,
                "CENTRAL_INSPECTION",
                on,
                null,
                true,
                true,
                List.of(
                        new RegisterEntry.Task("整改一", AS_OF.minusDays(30), AS_OF.minusDays(30)),
                        new RegisterEntry.Task("整改二", AS_OF, null)));
        assertThat(verdict(IM, "INSPECTION_UNRECTIFIED", AS_OF, List.of(onTime)).outcome())
                .isEqualTo(ExclusionOutcome.CLEAR);
        RegisterEntry late = entry(
                RegisterKind.INSPECTION_FINDING,
                "CENTRAL_INSPECTION",
                on,
                null,
                true,
                true,
                List.of(new RegisterEntry.Task("整改", on.plusDays(10), on.plusDays(11))));
        assertThat(verdict(IM, "INSPECTION_UNRECTIFIED", AS_OF, List.of(late)).outcome())
                .isEqualTo(ExclusionOutcome.EXCLUDED);
        RegisterEntry provincial = entry(
                RegisterKind.INSPECTION_FINDING,
                "PROVINCIAL_INSPECTION",
                on,
                null,
                true,
                false,
                List.of(new RegisterEntry.Task("整改", on.plusDays(10), null)));
        assertThat(verdict(IM, "INSPECTION_UNRECTIFIED", AS_OF, List.of(provincial))
                        .outcome())
                .as("art. 11(一) names the central inspection and the Ministry's special inspections only")
                .isEqualTo(ExclusionOutcome.CLEAR);
        RegisterEntry noTasks =
                entry(RegisterKind.INSPECTION_FINDING, "MINISTRY_SPECIAL", on, null, true, false, List.of());
        ExclusionVerdict v = verdict(IM, "INSPECTION_UNRECTIFIED", AS_OF, List.of(noTasks));
        assertThat(v.outcome()).isEqualTo(ExclusionOutcome.NEEDS_JUDGEMENT);
        assertThat(v.records()).extracting(ExclusionVerdict.Trigger::recordId).containsExactly(noTasks.id());
    }

    @Test
    void onlyMajorIncidentsAndMinistrySanctionsForAMajorProblemExclude() {
        LocalDate on = LocalDate.of(2025, 5, 5);
        RegisterEntry larger = entry(RegisterKind.INCIDENT, "ECOLOGICAL_DAMAGE", on, "LARGER", null, null, List.of());
        RegisterEntry provinceInterview =
                entry(RegisterKind.SANCTION, "INTERVIEW", on, "PROVINCE", true, null, List.of());
        RegisterEntry ministryMinor = entry(RegisterKind.SANCTION, "INTERVIEW", on, "MINISTRY", false, null, List.of());
        assertThat(verdict(IM, "INCIDENT_OR_SANCTION", AS_OF, List.of(larger, provinceInterview, ministryMinor))
                        .outcome())
                .isEqualTo(ExclusionOutcome.CLEAR);
        RegisterEntry ministryUnknown =
                entry(RegisterKind.SANCTION, "REGIONAL_RESTRICTION", on, "MINISTRY", null, null, List.of());
        assertThat(verdict(IM, "INCIDENT_OR_SANCTION", AS_OF, List.of(ministryUnknown))
                        .outcome())
                .isEqualTo(ExclusionOutcome.NEEDS_JUDGEMENT);
        RegisterEntry ministryMajor =
                entry(RegisterKind.SANCTION, "SUPERVISED_LISTING", on, "MINISTRY", true, null, List.of());
        ExclusionVerdict v = verdict(IM, "INCIDENT_OR_SANCTION", AS_OF, List.of(larger, ministryMajor));
        assertThat(v.outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(v.records()).extracting(ExclusionVerdict.Trigger::recordId).containsExactly(ministryMajor.id());
    }

    @Test
    void petitionsWithoutTheProvincesThresholdsNeedJudgementWithTheFigures() {
        List<RegisterEntry> petitions = petitions();
        ExclusionVerdict v = verdict(IM, "PETITIONS", AS_OF, petitions);
        assertThat(v.outcome()).isEqualTo(ExclusionOutcome.NEEDS_JUDGEMENT);
        assertThat(v.provinceSetting()).isTrue();
        assertThat(v.noteZh()).contains("省级设定，非规程规定");
        assertThat(v.figures())
                .extracting(ExclusionVerdict.Figure::name, ExclusionVerdict.Figure::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("2025年办结率", "4 / 5 = 80.0 %"),
                        org.assertj.core.groups.Tuple.tuple("2025年及时办理率", "3 / 5 = 60.0 %"),
                        org.assertj.core.groups.Tuple.tuple("办结率不低于（省级设定）", "未设定（建议 95 %）"));
        assertThat(v.records()).hasSize(2);
    }

    @Test
    void petitionsBelowTheProvincesThresholdExcludeAndAtItAreClear() {
        List<RegisterEntry> petitions = petitions();
        ExclusionVerdict below = verdict(IM, "PETITIONS", AS_OF, petitions, settings("80.1", "60"));
        assertThat(below.outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(below.explanationZh()).contains("2025年");
        assertThat(below.records()).isNotEmpty();
        assertThat(verdict(IM, "PETITIONS", AS_OF, petitions, settings("80", "60"))
                        .outcome())
                .isEqualTo(ExclusionOutcome.CLEAR);
        assertThat(verdict(IM, "PETITIONS", AS_OF, petitions, settings("80", "60.5"))
                        .outcome())
                .isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(verdict(IM, "PETITIONS", AS_OF, List.of(), Map.of()).outcome())
                .as("no petition received: nothing handled late or left open")
                .isEqualTo(ExclusionOutcome.CLEAR);
    }

    @Test
    void aRegulationWithoutExclusionsGivesASilentReport() {
        Regulation xl = Registers.shipped("xl-twomtn.yaml");
        ExclusionReport report = ExclusionEvaluator.evaluate(xl, "/150000/152500/", AS_OF, List.of(), Map.of());
        assertThat(report.silent()).isTrue();
        assertThat(report.verdicts()).isEmpty();
        assertThat(report.excluded()).isFalse();
    }

    @Test
    void startUpFailsForACodeWithoutItsClassOrAParameterItReads() {
        ExclusionChecks.verify(List.of(IM, IM_2M, GZ));
        Regulation unknown =
                Registers.shippedWith("im-ecociv-2022.yaml", "code: DATA_FALSIFIED", "code: NO_SUCH_EXCLUSION");
        assertThatThrownBy(() -> ExclusionChecks.verify(List.of(unknown)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NO_SUCH_EXCLUSION")
                .hasMessageContaining("no check class");
        Regulation missing = Registers.shippedWith("im-ecociv-2022.yaml", "key: grades", "key: grade_names");
        assertThatThrownBy(() -> ExclusionChecks.verify(List.of(missing)))
                .hasMessageContaining("QUALITY_DECLINE")
                .hasMessageContaining("'grades'");
        // were it to run, an unknown code needs judgement rather than passing silently
        ExclusionReport report = ExclusionEvaluator.evaluate(unknown, COUNTY, AS_OF, List.of(), Map.of());
        assertThat(report.verdicts())
                .filteredOn(v -> v.code().equals("NO_SUCH_EXCLUSION"))
                .singleElement()
                .satisfies(v -> assertThat(v.outcome()).isEqualTo(ExclusionOutcome.NEEDS_JUDGEMENT));
    }

    /** Five received in 2025: four closed (three on time), one open. */
    private static List<RegisterEntry> petitions() {
        LocalDate r = LocalDate.of(2025, 4, 1);
        LocalDate due = r.plusDays(60);
        return List.of(
                petition(r, due, r.plusDays(10)),
                petition(r, due, r.plusDays(20)),
                petition(r, due, due),
                petition(r, due, due.plusDays(1)),
                petition(r, due, null));
    }

    private static Map<String, BigDecimal> settings(String closure, String timely) {
        return Map.of(
                ExclusionEvaluator.settingKey("PETITIONS", Petitions.CLOSURE), new BigDecimal(closure),
                ExclusionEvaluator.settingKey("PETITIONS", Petitions.TIMELY), new BigDecimal(timely));
    }

    private static ExclusionVerdict verdict(Regulation r, String code, LocalDate asOf, List<RegisterEntry> entries) {
        return verdict(r, code, asOf, entries, Map.of());
    }

    private static ExclusionVerdict verdict(
            Regulation r, String code, LocalDate asOf, List<RegisterEntry> entries, Map<String, BigDecimal> settings) {
        return ExclusionEvaluator.evaluate(r, COUNTY, asOf, entries, settings).verdicts().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
