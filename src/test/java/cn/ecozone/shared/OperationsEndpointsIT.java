package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.deadline.internal.DeadlineJob;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Prometheus;
import cn.ecozone.support.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The metrics at {@code /actuator/prometheus} (ADR 0051, issue 15 §1): on the main port only the
 * system administrator reads them, in Prometheus' text format, with the request timings per URI
 * template, the import queue's depth, the deadline job's runs by outcome and the failed event
 * publications; the anonymous public gets 401, every other role 403.
 */
@ApiTest
class OperationsEndpointsIT {

    private static final String METRICS = "/actuator/prometheus";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineJob deadlineJob;

    private Browser login(Role role) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, "150000"), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    @Test
    void theAnonymousPublicIsAskedToLogInForTheMetrics() {
        Response response = new Browser(port).get(METRICS);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("unauthenticated");
        assertThat(response.body()).doesNotContain("http_server_requests");
    }

    @Test
    void businessRolesAndTheOtherAdministratorsAreRefusedTheMetrics() {
        for (Role role : List.of(Role.PROVINCE_STAFF, Role.COUNTY_GOVERNMENT, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            Response response = login(role).get(METRICS);

            assertThat(response.status()).as(role + ": " + response).isEqualTo(403);
            assertThat(response.code()).isEqualTo("forbidden");
            assertThat(response.body()).doesNotContain("http_server_requests");
        }
    }

    @Test
    void theSystemAdministratorReadsTheFourSeriesInPrometheusTextFormat() {
        new Browser(port).get("/api/regions/152502");
        // as a scraper asks: Prometheus' text format (the test browser also accepts JSON, which this
        // endpoint does not produce)
        Browser admin = login(Role.SYSTEM_ADMIN).header("Accept", "text/plain");
        double ranBefore = Prometheus.value(
                admin.get(METRICS).body(), "ecozone_deadline_job_seconds_count\\{[^}]*outcome=\"ran\"");

        deadlineJob.run();
        Response response = admin.get(METRICS);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        String text = response.body();
        // request timings per endpoint, by the URI template, never by the raw path
        assertThat(text)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/regions/\\{code}\"")
                .doesNotContain("uri=\"/api/regions/152502\"");
        // the gauges' values are checked where something is put in them: ImportQueueMetricsIT holds a job
        // in the queue, DeadlineNotificationRetryIT makes a listener fail
        assertThat(text)
                .containsPattern("(?m)^ecozone_indicator_import_queue\\{[^}]*state=\"waiting\"} ")
                .containsPattern("(?m)^ecozone_indicator_import_queue\\{[^}]*state=\"running\"} ")
                .containsPattern("(?m)^ecozone_events_publications_failed ");
        assertThat(Prometheus.value(text, "ecozone_deadline_job_seconds_count\\{[^}]*outcome=\"ran\""))
                .isEqualTo(ranBefore + 1);
        assertThat(text).containsPattern("ecozone_deadline_job_seconds_count\\{[^}]*outcome=\"skipped\"");
    }
}
