package cn.ecozone.indicator.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Prometheus;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import queue's gauge counts what is in the queue (ADR 0051, review s16 #5): with one job running
 * and one waiting behind it, {@code ecozone_indicator_import_queue} says 1 running and 1 waiting; once
 * both are done, 0 and 0.
 */
@ApiTest
class ImportQueueMetricsIT {

    private static final String RUNNING = "ecozone_indicator_import_queue\\{[^}]*state=\"running\"";
    private static final String WAITING = "ecozone_indicator_import_queue\\{[^}]*state=\"waiting\"";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ImportRunner runner;

    @Test
    void aJobRunningAndOneWaitingBehindItAreCountedThenNoneWhenDone() throws InterruptedException {
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"))
                .header("Accept", "text/plain");
        ImportQueue queue = runner.queue();
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.running() == 0 && queue.waiting() == 0);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            // two users: each holds one place of its share
            queue.submit(-101, () -> {
                started.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            queue.submit(-102, () -> {});

            String held = admin.get("/actuator/prometheus").body();
            assertThat(Prometheus.value(held, RUNNING)).isEqualTo(1);
            assertThat(Prometheus.value(held, WAITING)).isEqualTo(1);
        } finally {
            release.countDown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> queue.running() == 0 && queue.waiting() == 0);
        String done = admin.get("/actuator/prometheus").body();
        assertThat(Prometheus.value(done, RUNNING)).isZero();
        assertThat(Prometheus.value(done, WAITING)).isZero();
    }
}
