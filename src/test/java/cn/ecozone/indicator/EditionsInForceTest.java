package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edition in force on a day (IM eco-civ art. 19: the adjusted indicators apply once issued and published). */
class EditionsInForceTest {

    private static final EditionsInForce.Candidate OLD = new EditionsInForce.Candidate(
            "CITY-2019",
            "建设指标（市）",
            null,
            List.of(RegionLevel.PREFECTURE),
            LocalDate.of(2019, 9, 1),
            1,
            Instant.parse("2020-01-01T00:00:00Z"));
    private static final EditionsInForce.Candidate NEW = new EditionsInForce.Candidate(
            "CITY-2024",
            "建设指标（市）",
            null,
            List.of(RegionLevel.PREFECTURE),
            LocalDate.of(2024, 2, 1),
            1,
            Instant.parse("2024-03-01T02:00:00Z"));

    @Test
    void theNamedEditionHoldsUntilASuccessorIsBothIssuedAndPublished() {
        List<EditionsInForce.Candidate> both = List.of(OLD, NEW);
        assertThat(EditionsInForce.choose(both, "CITY-2019", RegionLevel.PREFECTURE, LocalDate.of(2024, 1, 31)))
                .contains("CITY-2019");
        assertThat(EditionsInForce.choose(both, "CITY-2019", RegionLevel.PREFECTURE, LocalDate.of(2024, 2, 29)))
                .as("issued but not yet published on the platform")
                .contains("CITY-2019");
        assertThat(EditionsInForce.choose(both, "CITY-2019", RegionLevel.PREFECTURE, LocalDate.of(2024, 3, 1)))
                .contains("CITY-2024");
    }

    @Test
    void anEditionOfAnotherSystemProvinceOrLevelNeverSupersedes() {
        var otherTitle = new EditionsInForce.Candidate(
                "X", "另一体系", null, List.of(RegionLevel.PREFECTURE), LocalDate.of(2024, 2, 1), 1, null);
        var otherProvince = new EditionsInForce.Candidate(
                "Y", "建设指标（市）", "520000", List.of(RegionLevel.PREFECTURE), LocalDate.of(2024, 2, 1), 1, null);
        var otherLevel = new EditionsInForce.Candidate(
                "Z", "建设指标（市）", null, List.of(RegionLevel.COUNTY), LocalDate.of(2024, 2, 1), 1, null);
        assertThat(EditionsInForce.choose(
                        List.of(OLD, otherTitle, otherProvince, otherLevel),
                        "CITY-2019",
                        RegionLevel.PREFECTURE,
                        LocalDate.of(2026, 1, 1)))
                .contains("CITY-2019");
        assertThat(EditionsInForce.choose(List.of(OLD), "NONE", RegionLevel.PREFECTURE, LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }

    @Test
    void aNewerNamedEditionIsNeverReplacedByAnOlderOne() {
        assertThat(EditionsInForce.choose(
                        List.of(OLD, NEW), "CITY-2024", RegionLevel.PREFECTURE, LocalDate.of(2026, 1, 1)))
                .contains("CITY-2024");
    }
}
