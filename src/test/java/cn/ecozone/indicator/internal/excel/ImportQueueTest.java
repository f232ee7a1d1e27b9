package cn.ecozone.indicator.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each user gets a share of the import queue, so that one user cannot fill it (issue 8 §5). */
class ImportQueueTest {

    private static final long GREEDY = 1;
    private static final long OTHER = 2;

    private final ImportQueue queue = new ImportQueue(8, 2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        queue.shutdown();
    }

    private Runnable blocked(CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void aUserWhoHoldsItsShareIsRefusedWhileAnotherUserStillGetsIn() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        queue.submit(GREEDY, blocked(running));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        queue.submit(GREEDY, () -> {});

        assertThat(queue.refusal(GREEDY)).isEqualTo(ImportQueue.Refusal.SHARE_USED);
        assertThatThrownBy(() -> queue.submit(GREEDY, () -> {}))
                .isInstanceOfSatisfying(
                        ImportQueue.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportQueue.Refusal.SHARE_USED));

        CountDownLatch otherRan = new CountDownLatch(1);
        assertThat(queue.refusal(OTHER)).isNull();
        queue.submit(OTHER, otherRan::countDown);
        release.countDown();
        assertThat(otherRan.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aUserGetsItsShareBackWhenItsJobsEnd() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        queue.submit(GREEDY, done::countDown);
        queue.submit(GREEDY, done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch again = new CountDownLatch(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> queue.refusal(GREEDY) == null);
        queue.submit(GREEDY, again::countDown);
        assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFullQueueRefusesEveryone() throws Exception {
        ImportQueue small = new ImportQueue(1, 2);
        try {
            CountDownLatch running = new CountDownLatch(1);
            small.submit(GREEDY, blocked(running));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            small.submit(OTHER, () -> {});
            assertThatThrownBy(() -> small.submit(3, () -> {}))
                    .isInstanceOfSatisfying(
                            ImportQueue.Refused.class,
                            e -> assertThat(e.reason()).isEqualTo(ImportQueue.Refusal.FULL));
            assertThat(small.refusal(3)).isEqualTo(ImportQueue.Refusal.FULL);
        } finally {
            release.countDown();
            small.shutdown();
        }
    }

    /** The depth the metric ecozone.indicator.import.queue shows (ADR 0051). */
    @Test
    void theDepthCountsTheRunningJobAndThoseWaitingBehindIt() throws Exception {
        assertThat(queue.running()).isZero();
        assertThat(queue.waiting()).isZero();
        CountDownLatch running = new CountDownLatch(1);
        queue.submit(GREEDY, blocked(running));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        queue.submit(OTHER, () -> {});
        queue.submit(OTHER, () -> {});

        assertThat(queue.running()).isEqualTo(1);
        assertThat(queue.waiting()).isEqualTo(2);

        release.countDown();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> queue.waiting() == 0 && queue.running() == 0);
    }
}
