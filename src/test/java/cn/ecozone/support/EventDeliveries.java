package cn.ecozone.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for asynchronous event listeners ({@code @ApplicationModuleListener}) without sleeping: an
 * event publication stays in the registry while it is published, processing or resubmitted, and is
 * deleted when its listener has completed (ADR 0013).
 */
@TestComponent
public class EventDeliveries {

    private final JdbcClient jdbc;

    EventDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no publication is in flight: every listener has completed or failed. */
    public void awaitSettled() {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> inFlight() == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("publications still in flight after 30 s: " + describeInFlight(), e);
        }
    }

    private List<String> describeInFlight() {
        return jdbc.sql("select event_type || ' ' || status || ' ' || listener_id || ' ' || publication_date || ' '"
                        + " || substring(serialized_event, 1, 300)"
                        + " from event_publication where status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
                .query(String.class)
                .list();
    }

    /** Publications whose listener has not yet completed or failed. */
    public long inFlight() {
        return jdbc.sql(
                        "select count(*) from event_publication where status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')")
                .query(Long.class)
                .single();
    }

    /** The statuses of the outstanding publications of an event type whose JSON contains the text. */
    public java.util.List<String> statuses(Class<?> eventType, String jsonFragment) {
        return jdbc.sql("select status from event_publication where event_type = :type"
                        + " and serialized_event like :fragment")
                .param("type", eventType.getName())
                .param("fragment", "%" + jsonFragment + "%")
                .query(String.class)
                .list();
    }
}
