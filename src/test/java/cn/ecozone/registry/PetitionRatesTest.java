package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionRatesTest {

    private static long ids;

    private static RegisterEntry petition(String received, String due, String closed) {
        return entry(RegisterKind.PETITION, received, due, closed);
    }

    private static RegisterEntry entry(RegisterKind kind, String received, String due, String closed) {
        return new RegisterEntry(
                ++ids,
                kind,
                "150102",
                "15/1501/150102/",
                "HOTLINE_12369",
                LocalDate.parse(received),
                null,
                null,
                null,
                null,
                due == null ? null : LocalDate.parse(due),
                closed == null ? null : LocalDate.parse(closed),
                null,
                null,
                "synthetic",
                new RegisterEntry.Source("示例〔2025〕1号", LocalDate.parse("2025-01-01"), "示例"),
                List.of());
    }

    @Test
    void noPetitionsLeaveBothRatesUndefinedNotFullMarks() {
        PetitionRates rates = PetitionRates.of(List.of(), 2025);

        assertThat(rates.received()).isZero();
        assertThat(rates.closureRate()).isEmpty();
        assertThat(rates.timelyRate()).isEmpty();
        assertThat(rates.closureAtLeast(new BigDecimal("0.9"))).isEmpty();
    }

    @Test
    void countsClosedAndClosedOnOrBeforeTheDueDayOfTheYearsPetitions() {
        PetitionRates rates = PetitionRates.of(
                List.of(
                        petition("2025-01-05", "2025-02-05", "2025-02-05"), // closed on the due day: on time
                        petition("2025-03-01", "2025-04-01", "2025-04-02"), // closed one day late
                        petition("2025-06-01", "2025-07-01", null), // open
                        petition("2025-12-31", null, "2026-01-10")), // closed, no due date: never on time
                2025);

        assertThat(rates.received()).isEqualTo(4);
        assertThat(rates.closed()).isEqualTo(3);
        assertThat(rates.closedOnTime()).isEqualTo(1);
        assertThat(rates.closureRate()).contains(new BigDecimal("0.7500"));
        assertThat(rates.timelyRate()).contains(new BigDecimal("0.2500"));
    }

    @Test
    void ignoresOtherYearsAndOtherKinds() {
        PetitionRates rates = PetitionRates.of(
                List.of(
                        petition("2024-12-31", "2025-01-31", null),
                        petition("2026-01-01", "2026-01-31", null),
                        entry(RegisterKind.INCIDENT, "2025-05-05", null, null),
                        petition("2025-01-01", "2025-01-31", "2025-01-02")),
                2025);

        assertThat(rates.received()).isEqualTo(1);
        assertThat(rates.closureRate()).contains(new BigDecimal("1.0000"));
        assertThat(rates.timelyRate()).contains(new BigDecimal("1.0000"));
    }

    @Test
    void roundsHalfUpButComparesThresholdsExactly() {
        PetitionRates rates = new PetitionRates(2025, 3, 2, 2);

        assertThat(rates.closureRate()).contains(new BigDecimal("0.6667"));
        // 2/3 < 0.6667 although the rounded rate equals it
        assertThat(rates.closureAtLeast(new BigDecimal("0.6667"))).contains(false);
        assertThat(rates.closureAtLeast(new BigDecimal("0.6666"))).contains(true);
        assertThat(new PetitionRates(2025, 10, 9, 9).timelyAtLeast(new BigDecimal("0.9")))
                .contains(true);
    }

    @Test
    void refusesInconsistentCounts() {
        assertThatThrownBy(() -> new PetitionRates(2025, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PetitionRates(2025, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
