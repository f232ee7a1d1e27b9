package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserLockoutTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

    private UserEntity user() {
        return new UserEntity("u", "u", "hash", Role.EXPERT, 1, false, t0);
    }

    @Test
    void locksAtTheFifthFailureForFifteenMinutes() {
        UserEntity user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailure(t0, 5, LOCKOUT);
        }
        assertThat(user.isLocked(t0)).isFalse();
        user.recordFailure(t0, 5, LOCKOUT);
        assertThat(user.isLocked(t0)).isTrue();
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(user.isLocked(t0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterTheLockExpiredStartsCountingAfresh() {
        UserEntity user = user();
        for (int i = 0; i < 5; i++) {
            user.recordFailure(t0, 5, LOCKOUT);
        }
        Instant later = t0.plus(Duration.ofMinutes(16));
        user.recordFailure(later, 5, LOCKOUT);
        assertThat(user.isLocked(later)).isFalse();
        assertThat(user.failedAttempts()).isEqualTo(1);
    }

    @Test
    void successResetsTheFailureCount() {
        UserEntity user = user();
        user.recordFailure(t0, 5, LOCKOUT);
        user.recordFailure(t0, 5, LOCKOUT);
        user.recordSuccess(t0);
        assertThat(user.failedAttempts()).isZero();
        assertThat(user.lastLoginAt()).isEqualTo(t0);
    }
}
