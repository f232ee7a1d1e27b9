package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.IM_ECOCIV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Two instances behind nginx (issue 15 §2 "CI: a two-instance stage", ADR 0054), run by
 * {@code .ci/stage-instances} with {@code -Decozone.two.port} (nginx) and {@code
 * -Decozone.two.stop-pid-file} (the second instance's pid); skipped elsewhere. nginx names the instance
 * that answered in {@code X-Instance}. A county government logs in through nginx, files a plan with
 * its text, submits it and downloads the text byte-identical with its requests answered by both
 * instances (the session lives in the database, the file in S3); then the second instance stops and
 * every request after that still succeeds. Before that, the deadline job, scheduled every 10 seconds on
 * both instances, flags each overdue demo deadline once and notifies once however often it runs (the
 * stage checks in both logs that both instances ran or skipped it under the ShedLock lock).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanAcrossInstancesIT {

    private static final String PORT = System.getProperty("ecozone.two.port");
    private static final String PASSWORD = "Demo@2026";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void theDeadlineJobOnBothInstancesNotifiesEachOverdueDeadlineOnceHoweverOftenItRuns() throws Exception {
        assumeTrue(PORT != null, "run by .ci/stage-instances");
        try (Connection db = DriverManager.getConnection(
                System.getProperty("ecozone.two.db-url"),
                System.getProperty("ecozone.two.db-user"),
                System.getProperty("ecozone.two.db-password"))) {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> count(db, "select count(*) from deadline where overdue_at is not null") > 0
                            && count(db, "select count(*) from event_publication where event_type like '%Deadline%'")
                                    == 0);
            long overdue = count(db, "select count(*) from deadline where overdue_at is not null");
            long notified = count(db, "select count(*) from notification where source_key like 'deadline:%:overdue:%'");
            long runs = count(db, "select count(*) from shedlock where name = 'deadline-job'");
            assertThat(runs).as("the job ran").isEqualTo(1);
            assertThat(
                            count(
                                    db,
                                    "select count(*) from deadline d where d.overdue_at is not null and not exists (select 1"
                                            + " from notification n where n.source_key like 'deadline:' || d.id || ':overdue:%')"))
                    .as("every overdue deadline notified")
                    .isZero();

            java.sql.Timestamp before = lockedAt(db);
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofMinutes(2))
                    .until(() -> lockedAt(db).after(before)); // at least one more run, on either instance

            assertThat(count(db, "select count(*) from deadline where overdue_at is not null"))
                    .isEqualTo(overdue);
            assertThat(count(db, "select count(*) from notification where source_key like 'deadline:%:overdue:%'"))
                    .as("no second notification from a later run")
                    .isEqualTo(notified);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static java.sql.Timestamp lockedAt(Connection db) throws SQLException {
        try (var statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select locked_at from shedlock where name = 'deadline-job'")) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    @Test
    @Order(2)
    void aPlanFiledThroughTheProxyIsServedByBothInstancesAndSurvivesOneOfThemStopping() throws Exception {
        assumeTrue(PORT != null, "run by .ci/stage-instances");
        int port = Integer.parseInt(PORT);
        assertThat(instancesAnswering(port, 8)).as("round-robin").hasSize(2);

        Browser county = new Browser(port);
        Response login = county.login("xlht.gov", PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        byte[] text = planText();
        Response created = county.post(
                "/api/plans",
                Map.of("regulation", IM_ECOCIV, "title", "两个实例（演示）", "periodStart", 2026, "periodEnd", 2030));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Response attached = county.upload(
                "/api/plans/" + id + "/document?version="
                        + created.json().get("version").asLong(),
                "规划文本.pdf",
                text);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        Set<String> answered = readsOf(county, id, 6);
        assertThat(answered).as("the session holds on both instances").hasSize(2);

        JsonNode submitted = act(county, attached.json(), "submit");
        assertThat(submitted.get("state").asString())
                .isNotEqualTo(attached.json().get("state").asString());
        for (int i = 0; i < 4; i++) {
            assertThat(county.download("/api/plans/" + id + "/document"))
                    .as("the text from S3, whichever instance answers")
                    .isEqualTo(text);
        }

        stopSecondInstance();

        assertThat(readsOf(county, id, 6)).as("only the first instance is left").hasSize(1);
        assertThat(county.download("/api/plans/" + id + "/document")).isEqualTo(text);
        Response again = county.get("/api/plans/" + id);
        assertThat(again.json().get("state").asString())
                .isEqualTo(submitted.get("state").asString());
    }

    /** Reads the plan {@code times} times; every read succeeds; returns the instances that answered. */
    private static Set<String> readsOf(Browser who, long id, int times) {
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < times; i++) {
            Response read = who.get("/api/plans/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            instances.add(answered(read.headers()));
        }
        return instances;
    }

    private static JsonNode act(Browser who, JsonNode plan, String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", plan.get("version").asLong());
        Response r = who.post("/api/plans/" + plan.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(200);
        return r.json();
    }

    private Set<String> instancesAnswering(int port, int times) throws Exception {
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < times; i++) {
            HttpResponse<Void> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(200);
            instances.add(answered(r.headers()));
        }
        return instances;
    }

    /**
     * The instance that answered: the last of the addresses nginx tried ({@code "a:18112, b:18111"} after a
     * refused connection).
     */
    private static String answered(java.net.http.HttpHeaders headers) {
        String tried = headers.firstValue("X-Instance").orElseThrow();
        return tried.substring(tried.lastIndexOf(',') + 1).strip();
    }

    private static void stopSecondInstance() throws Exception {
        long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("ecozone.two.stop-pid-file")))
                .strip());
        ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
        instance.destroy();
        instance.onExit().get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
    }

    /** A plan text of about 2 MB: a valid PDF followed by a comment line. */
    private static byte[] planText() {
        byte[] padding = ("%" + "生态文明建设示范区规划".repeat(70_000) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] text = java.util.Arrays.copyOf(TestFiles.PDF, TestFiles.PDF.length + padding.length);
        System.arraycopy(padding, 0, text, TestFiles.PDF.length, padding.length);
        return text;
    }
}
