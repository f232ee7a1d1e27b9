package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleCountTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

    private ThrottleCount failures(int n, Instant at) {
        ThrottleCount count = ThrottleCount.none(at);
        for (int i = 0; i < n; i++) {
            count = count.withFailure(at, 5, WINDOW);
        }
        return count;
    }

    @Test
    void blocksAtTheFifthFailureForTheWindow() {
        assertThat(failures(4, t0).blocked(t0)).isFalse();
        assertThat(failures(4, t0).remaining(5)).isEqualTo(1);
        ThrottleCount blocked = failures(5, t0);
        assertThat(blocked.blocked(t0)).isTrue();
        assertThat(blocked.blocked(t0.plus(WINDOW).minusSeconds(1))).isTrue();
        assertThat(blocked.blocked(t0.plus(WINDOW))).isFalse();
    }

    @Test
    void aFailureAfterTheBlockEndedStartsCountingAfresh() {
        Instant later = t0.plus(Duration.ofMinutes(16));
        ThrottleCount next = failures(5, t0).withFailure(later, 5, WINDOW);
        assertThat(next.blocked(later)).isFalse();
        assertThat(next.failures()).isEqualTo(1);
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverBlock() {
        ThrottleCount count = ThrottleCount.none(t0);
        for (int i = 0; i < 10; i++) {
            count = count.withFailure(t0.plus(WINDOW.multipliedBy(i)), 5, WINDOW);
        }
        assertThat(count.failures()).isEqualTo(1);
        assertThat(count.blocked(t0.plus(WINDOW.multipliedBy(9)))).isFalse();
    }
}
