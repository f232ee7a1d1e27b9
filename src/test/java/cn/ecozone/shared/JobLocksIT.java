package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.ecozone.audit.internal.AuditCheckpointJob;
import cn.ecozone.deadline.internal.DeadlineJob;
import cn.ecozone.plan.internal.PlanExpiryJob;
import cn.ecozone.support.ApiTest;
import java.time.Duration;
import java.util.UUID;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jobs' ShedLock locks on the test database (H2, or PostgreSQL in CI), as another instance sees
 * them: a job skips while the lock is held elsewhere, runs once it is released, and a crashed holder's
 * lock expires after lockAtMostFor.
 */
@ApiTest
class JobLocksIT {

    @Autowired
    LockProvider provider;

    @Autowired
    JobLocks locks;

    @Autowired
    DeadlineJob deadlineJob;

    @Autowired
    PlanExpiryJob planExpiryJob;

    @Autowired
    AuditCheckpointJob checkpointJob;

    /** Takes the lock as another instance would, through the provider, not this instance's executor. */
    private SimpleLock heldElsewhere(String name, Duration atMost) {
        return provider.lock(new LockConfiguration(ClockProvider.now(), name, atMost, Duration.ZERO))
                .orElseThrow();
    }

    @Test
    void eachJobSkipsWhileAnotherInstanceHoldsItsLockAndRunsOnceItIsReleased() {
        SimpleLock deadline = heldElsewhere("deadline-job", Duration.ofMinutes(10));
        SimpleLock expiry = heldElsewhere("plan-expiry", Duration.ofMinutes(10));
        SimpleLock checkpoint = heldElsewhere("audit-checkpoint", Duration.ofMinutes(10));
        try {
            assertThat(deadlineJob.run().ran()).isFalse();
            assertThat(planExpiryJob.run()).isEqualTo(-1);
            assertThat(checkpointJob.run()).isEmpty();
        } finally {
            deadline.unlock();
            expiry.unlock();
            checkpoint.unlock();
        }
        assertThat(deadlineJob.run().ran()).isTrue();
        assertThat(planExpiryJob.run()).isNotNegative();
    }

    @Test
    void aLockWhoseHolderCrashedExpiresAfterLockAtMostFor() {
        String name = "test-" + UUID.randomUUID();
        heldElsewhere(name, Duration.ofSeconds(1)); // never released, as by a crashed instance
        assertThat(locks.runLocked(name, Duration.ofMinutes(1), Duration.ZERO, () -> "ran"))
                .isEmpty();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> locks.runLocked(name, Duration.ofMinutes(1), Duration.ZERO, () -> "ran")
                        .isPresent());
    }

    @Test
    void aShortRunKeepsTheLockForLockAtLeastForSoThatALateInstanceSkips() {
        String name = "test-" + UUID.randomUUID();
        assertThat(locks.runLocked(name, Duration.ofHours(2), Duration.ofHours(1), () -> 1))
                .contains(1);
        assertThat(locks.runLocked(name, Duration.ofHours(2), Duration.ofHours(1), () -> 2))
                .as("within lockAtLeastFor of the first run")
                .isEmpty();
        assertThat(locks.runLocked("other-" + name, Duration.ofMinutes(10), Duration.ZERO, () -> 3))
                .as("locks are per name")
                .contains(3);
    }

    @Test
    void aFailingJobReleasesItsLock() {
        String name = "test-" + UUID.randomUUID();
        assertThatThrownBy(() -> locks.runLocked(name, Duration.ofMinutes(10), Duration.ZERO, () -> {
                    throw new IllegalStateException("job failed");
                }))
                .hasMessage("job failed");
        assertThat(locks.runLocked(name, Duration.ofMinutes(10), Duration.ZERO, () -> "again"))
                .contains("again");
    }
}
