package cn.ecozone.enforcement.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each condition class matches its records, one match per triggering record, and nothing else. */
class ConditionsTest {

    private static final LocalDate NAMED = LocalDate.of(2025, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static long ids = 1;

    private static RegisterEntry entry(
            RegisterKind kind, String category, LocalDate on, Integer year, String level, Boolean major, Boolean done) {
        return entry(kind, category, on, year, level, major, done, List.of());
    }

    private static RegisterEntry entry(
            RegisterKind kind,
            String category,
            LocalDate on,
            Integer year,
            String level,
            Boolean major,
            Boolean done,
            List<RegisterEntry.Task> tasks) {
        return new RegisterEntry(
                ids++,
                kind,
                "520122",
                "/520000/520100/520122/",
                category,
                on,
                year,
                level,
                major,
                done,
                null,
                null,
                null,
                null,
                "记录 " + ids,
                new RegisterEntry.Source("文号〔2026〕1号", on, "机关"),
                tasks);
    }

    private static ConditionInput input(RegisterEntry... entries) {
        return new ConditionInput(NAMED, TODAY, List.of(entries));
    }

    @Test
    void majorIncidentMatchesMajorAndEspeciallyMajorIncidentsSinceTheNamingOnly() {
        var major =
                entry(RegisterKind.INCIDENT, "ENVIRONMENTAL_EMERGENCY", TODAY.minusDays(1), null, "MAJOR", null, null);
        var especially = entry(
                RegisterKind.INCIDENT, "ECOLOGICAL_DAMAGE", TODAY.minusDays(2), null, "ESPECIALLY_MAJOR", null, null);
        var larger = entry(RegisterKind.INCIDENT, "ENVIRONMENTAL_EMERGENCY", TODAY, null, "LARGER", null, null);
        var beforeNaming =
                entry(RegisterKind.INCIDENT, "ENVIRONMENTAL_EMERGENCY", NAMED.minusDays(1), null, "MAJOR", null, null);
        List<Match> matches = new MajorIncident().match(input(major, especially, larger, beforeNaming));
        assertThat(matches)
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + major.id(), "REGISTER:" + especially.id());
        assertThat(matches.getFirst().evidence().getFirst().summary()).contains("文号〔2026〕1号");
    }

    @Test
    void inspectionMajorProblemMatchesMajorFindingsOfTheNamedInspectionsOnly() {
        var central = entry(RegisterKind.INSPECTION_FINDING, "CENTRAL_INSPECTION", TODAY, null, null, true, null);
        var minor = entry(RegisterKind.INSPECTION_FINDING, "MINISTRY_SPECIAL", TODAY, null, null, false, null);
        var provincialSpecial =
                entry(RegisterKind.INSPECTION_FINDING, "PROVINCIAL_SPECIAL", TODAY, null, null, true, null);
        assertThat(new InspectionMajorProblem().match(input(central, minor, provincialSpecial)))
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + central.id());
    }

    @Test
    void resourceViolationMatchesNationalOrProvincialLandAndMineralListingsOnly() {
        var listed = entry(RegisterKind.SANCTION, "LAND_MINERAL_LISTING", TODAY, null, "PROVINCE", null, null);
        var prefecture =
                entry(RegisterKind.SANCTION, "LAND_MINERAL_ACCOUNTABILITY", TODAY, null, "PREFECTURE", null, null);
        var interview = entry(RegisterKind.SANCTION, "INTERVIEW", TODAY, null, "MINISTRY", null, null);
        assertThat(new ResourceViolation().match(input(listed, prefecture, interview)))
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + listed.id());
    }

    @Test
    void forestCaseUnrectifiedMatchesAMajorCaseWithATaskPastItsPlannedDateNotDone() {
        var late = entry(
                RegisterKind.FOREST_CASE,
                null,
                TODAY.minusDays(90),
                null,
                null,
                true,
                null,
                List.of(new RegisterEntry.Task("补植复绿", TODAY.minusDays(1), null)));
        var onTime = entry(
                RegisterKind.FOREST_CASE,
                null,
                TODAY.minusDays(90),
                null,
                null,
                true,
                null,
                List.of(new RegisterEntry.Task("补植复绿", TODAY.minusDays(10), TODAY.minusDays(11))));
        var notYetDue = entry(
                RegisterKind.FOREST_CASE,
                null,
                TODAY.minusDays(90),
                null,
                null,
                true,
                null,
                List.of(new RegisterEntry.Task("补植复绿", TODAY, null)));
        var notMajor = entry(
                RegisterKind.FOREST_CASE,
                null,
                TODAY.minusDays(90),
                null,
                null,
                false,
                null,
                List.of(new RegisterEntry.Task("补植复绿", TODAY.minusDays(1), null)));
        assertThat(new ForestCaseUnrectified().match(input(late, onTime, notYetDue, notMajor)))
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + late.id());
    }

    @Test
    void qualityDeclineMatchesAWorsenedYearAndAttachesTheSeriesByYear() {
        var before = entry(RegisterKind.ECO_QUALITY, null, NAMED.minusMonths(6), 2024, "BETTER", null, null);
        var worse = entry(RegisterKind.ECO_QUALITY, null, TODAY.minusDays(5), 2025, "SIGNIFICANTLY_WORSE", null, null);
        var stable = entry(RegisterKind.ECO_QUALITY, null, NAMED.plusDays(5), 2024, "STABLE", null, null);
        List<Match> matches = new QualityDecline().match(input(before, worse, stable));
        assertThat(matches).extracting(Match::triggerKey).containsExactly("REGISTER:" + worse.id());
        var series = matches.getFirst().evidence().stream()
                .filter(e -> e.source().equals("SERIES"))
                .toList();
        assertThat(series).extracting(e -> e.year()).containsExactly(2024, 2024, 2025);
        assertThat(series).extracting(e -> e.value().intValue()).containsExactly(2, 0, -3);
    }

    @Test
    void falsificationMatchesEveryDataFalsificationCaseSinceTheNaming() {
        var fraud = entry(RegisterKind.DATA_FALSIFICATION, null, TODAY, null, null, null, null);
        var old = entry(RegisterKind.DATA_FALSIFICATION, null, NAMED.minusDays(1), null, null, null, null);
        assertThat(new Falsification().match(input(fraud, old)))
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + fraud.id());
    }

    @Test
    void keyTasksUnfinishedMatchesTasksRecordedAsNotCompleted() {
        var open = entry(RegisterKind.KEY_TASK, "DISCHARGE_PERMITS", TODAY, 2025, null, null, false);
        var done = entry(RegisterKind.KEY_TASK, "ENERGY_AND_EMISSIONS", TODAY, 2025, null, null, true);
        var unknown = entry(RegisterKind.KEY_TASK, "ENVIRONMENTAL_QUALITY", TODAY, 2025, null, null, null);
        assertThat(new KeyTasksUnfinished().match(input(open, done, unknown)))
                .extracting(Match::triggerKey)
                .containsExactly("REGISTER:" + open.id());
    }

    @Test
    void everyGuizhouArticle24ConditionAndImArticle18HasItsClass() {
        assertThat(Conditions.all())
                .extracting(Condition::code)
                .contains(
                        "INSPECTION_MAJOR_PROBLEM",
                        "RESOURCE_VIOLATION",
                        "FOREST_CASE_UNRECTIFIED",
                        "MAJOR_INCIDENT",
                        "QUALITY_DECLINE",
                        "FRAUD",
                        "KEY_TASKS_UNFINISHED");
    }
}
