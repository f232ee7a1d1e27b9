package cn.ecozone.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The check every {@link ApiTest} runs after each test: the shared clock must stand where it stood. */
class SharedClockCheckTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void aClockLeftMovedFailsTheTestAndIsPutBack() {
        Instant before = clock.instant();
        clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> SharedClockCheck.putBack(clock, before))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PT15M");
        assertThat(clock.instant()).isEqualTo(before);
    }

    @Test
    void aClockSetBackAndNotRestoredFailsTheTestToo() {
        Instant before = clock.instant();
        clock.set(Instant.parse("2026-06-30T04:00:00Z"));

        assertThatThrownBy(() -> SharedClockCheck.putBack(clock, before)).isInstanceOf(AssertionError.class);
        assertThat(clock.instant()).isEqualTo(before);
    }

    @Test
    void aClockPutBackByTheTestPasses() {
        Instant before = clock.instant();
        clock.set(Instant.parse("2026-06-30T04:00:00Z"));
        clock.set(before);

        SharedClockCheck.putBack(clock, before);

        assertThat(clock.instant()).isEqualTo(before);
    }
}
