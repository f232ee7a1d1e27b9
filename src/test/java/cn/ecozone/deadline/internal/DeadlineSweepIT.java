package cn.ecozone.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The second line of multi-instance safety: two sweeps at once, without the job's lock (as if two
 * instances' locks had failed), still flag a deadline overdue once and notify once.
 */
@ApiTest
class DeadlineSweepIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    DeadlineSweep sweep;

    @Autowired
    Deadlines repository;

    @Autowired
    EventDeliveries deliveries;

    @Test
    void twoSweepsWithoutTheLockFlagAnOverdueDeadlineOnce() throws Exception {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152525");
        long subject = System.nanoTime() % 1_000_000_000L;
        String title = "《东乌珠穆沁旗生态文明建设示范区规划》备案" + subject;
        long id = deadlines
                .register(new DeadlineRequest(
                        "PLAN",
                        subject,
                        "PLAN_FILING",
                        title,
                        "152525",
                        Role.COUNTY_GOVERNMENT,
                        deadlines.today().minusDays(30),
                        5,
                        Counting.NEXT_DAY,
                        "/plans/" + subject))
                .id();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sweeps = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                sweeps.add(pool.submit(() -> {
                    start.await();
                    return sweep.flagOverdue();
                }));
            }
            start.countDown();
            for (Future<Integer> f : sweeps) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(repository.findById(id).orElseThrow().overdueAt()).isNotNull();
        Browser browser = new Browser(port);
        browser.login(user, Fixtures.PASSWORD);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !titles(browser, title).isEmpty());
        deliveries.awaitSettled();
        assertThat(titles(browser, title)).hasSize(1);
    }

    /** The titles of the user's notifications that contain the text. */
    private static List<String> titles(Browser browser, String text) {
        List<String> titles = new ArrayList<>();
        browser.get("/api/notifications?limit=100")
                .json()
                .get("items")
                .forEach(n -> titles.add(n.get("title").asString()));
        return titles.stream().filter(t -> t.contains(text)).toList();
    }
}
