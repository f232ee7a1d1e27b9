package cn.ecozone.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.internal.DeadlineJob;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The deadline job: overdue flags and reminders reach each recipient once, however often it runs.
 * Notifications are written by an asynchronous listener, so the tests wait for them (Awaitility) and
 * for every event delivery to settle before asserting that nothing more arrived.
 */
@ApiTest
class DeadlineJobIT {

    static final AtomicLong SUBJECT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    DeadlineJob job;

    @Autowired
    EventDeliveries deliveries;

    static DeadlineRequest request(String title, String region, LocalDate start, int workingDays) {
        long id = SUBJECT.incrementAndGet();
        return new DeadlineRequest(
                "PLAN",
                id,
                "PLAN_FILING",
                title,
                region,
                Role.COUNTY_GOVERNMENT,
                start,
                workingDays,
                Counting.NEXT_DAY,
                "/plans/" + id);
    }

    private Browser loggedIn(String username) {
        return Browser.loggedIn(port, username);
    }

    /** The user's notifications whose title contains the text. */
    private static List<JsonNode> notifications(Browser browser, String text) {
        List<JsonNode> found = new ArrayList<>();
        browser.get("/api/notifications?limit=100").json().get("items").forEach(n -> {
            if (n.get("title").asString().contains(text)) {
                found.add(n);
            }
        });
        return found;
    }

    @Test
    void twoRunsAtOnceNotifyEachRecipientOfAnOverdueDeadlineOnce() throws Exception {
        String first = fixtures.user(Role.COUNTY_GOVERNMENT, "152522");
        String second = fixtures.user(Role.COUNTY_GOVERNMENT, "152522");
        String title = "《阿巴嘎旗生态文明建设示范区规划》备案" + SUBJECT.get();
        // promulgated 30 days ago: 5 working days from then have passed
        DeadlineRequest request = request(title, "152522", deadlines.today().minusDays(30), 5);
        RegisteredDeadline deadline = deadlines.register(request);
        assertThat(deadline.dueDate()).isBefore(deadlines.today());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DeadlineJob.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.run();
                }));
            }
            start.countDown();
            for (Future<DeadlineJob.Result> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        job.run();

        for (String user : List.of(first, second)) {
            Browser browser = loggedIn(user);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !notifications(browser, title).isEmpty());
        }
        deliveries.awaitSettled();
        for (String user : List.of(first, second)) {
            List<JsonNode> found = notifications(loggedIn(user), title);
            assertThat(found).as("overdue notifications of %s", user).hasSize(1);
            assertThat(found.getFirst().get("title").asString()).startsWith("已逾期");
            assertThat(found.getFirst().get("link").asString()).isEqualTo(request.link());
            assertThat(found.getFirst().get("readAt").isNull()).isTrue();
        }
    }

    @Test
    void aDeadlineDueInTwoWorkingDaysIsRemindedOfOnce() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152523");
        String title = "《苏尼特左旗生态文明建设示范区规划》备案" + SUBJECT.get();
        RegisteredDeadline deadline = deadlines.register(request(title, "152523", deadlines.today(), 2));

        job.run();
        Browser browser = loggedIn(user);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !notifications(browser, title).isEmpty());
        deliveries.awaitSettled();
        List<JsonNode> found = notifications(browser, title);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().get("title").asString()).startsWith("即将到期");
        assertThat(found.getFirst().get("body").asString()).contains("还剩2个工作日");

        job.run();
        deliveries.awaitSettled();
        assertThat(notifications(browser, title)).as("after a second run").hasSize(1);
        assertThat(deadline.dueDate()).isAfter(deadlines.today());
    }

    @Test
    void aClosedDeadlineIsNeitherRemindedOfNorFlagged() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152524");
        String title = "《苏尼特右旗生态文明建设示范区规划》备案" + SUBJECT.get();
        DeadlineRequest request = request(title, "152524", deadlines.today().minusDays(30), 5);
        deadlines.register(request);
        assertThat(deadlines.close("PLAN", request.subjectId(), "PLAN_FILING")).isEqualTo(ClosedDeadline.LATE);

        job.run();
        deliveries.awaitSettled();

        assertThat(notifications(loggedIn(user), title)).isEmpty();
    }
}
