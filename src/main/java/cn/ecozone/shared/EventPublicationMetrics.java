package cn.ecozone.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code ecozone.events.publications.failed} (Prometheus {@code
 * ecozone_events_publications_failed}): event publications not completed although they are older than
 * the staleness ({@code spring.modulith.events.staleness.published}, 15 minutes), or already marked
 * failed. Such a publication means a listener keeps throwing or its instance died before finishing;
 * {@link EventResubmissionJob} retries it, and a value that stays above zero needs an operator (ADR
 * 0013, 0051). Read when scraped, with one count on the publication table, which holds only
 * outstanding rows (completion mode {@code delete}); while the database is unreachable the gauge is NaN.
 */
@Component
class EventPublicationMetrics {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMetrics.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration staleness;

    EventPublicationMetrics(
            JdbcClient jdbc,
            Clock clock,
            MeterRegistry meters,
            @Value("${spring.modulith.events.staleness.published:15m}") Duration staleness) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleness = staleness;
        Gauge.builder("ecozone.events.publications.failed", this, EventPublicationMetrics::failed)
                .description("Event publications failed or incomplete for longer than the staleness")
                .strongReference(true)
                .register(meters);
    }

    /** The count, or NaN when it cannot be read now. */
    double failed() {
        try {
            Long count = jdbc.sql("select count(*) from event_publication where completion_date is null"
                            + " and (status = 'FAILED' or publication_date < :before)")
                    .param("before", clock.instant().minus(staleness).atOffset(ZoneOffset.UTC))
                    .query(Long.class)
                    .single();
            return count;
        } catch (RuntimeException e) {
            log.debug("failed event publications not counted: {}", e.toString());
            return Double.NaN;
        }
    }
}
