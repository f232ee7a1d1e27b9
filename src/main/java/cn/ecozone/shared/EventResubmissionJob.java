package cn.ecozone.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again ({@code ecozone.events.resubmission-cron},
 * every 5 minutes by default; "-" turns it off, as the test profile does). A publication is failed
 * when its listener threw, or when Spring Modulith's staleness monitor found it published or
 * processing for too long (the instance died: {@code spring.modulith.events.staleness.*}). Incomplete
 * publications are also resubmitted at every start ({@code
 * spring.modulith.events.republish-outstanding-events-on-restart}). Listeners must therefore be
 * idempotent (notifications are, by their source key). One instance at a time: the {@code
 * event-resubmission} lock (ADR 0013).
 */
@Component
public class EventResubmissionJob {

    private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);

    static final String LOCK = "event-resubmission";

    private final JobLocks locks;
    private final FailedEventPublications failed;
    private final int maxAttempts;
    private final Duration minAge;
    private final Clock clock;

    EventResubmissionJob(
            JobLocks locks,
            FailedEventPublications failed,
            Clock clock,
            @Value("${ecozone.events.max-attempts:10}") int maxAttempts,
            @Value("${ecozone.events.resubmission-min-age:1m}") Duration minAge) {
        this.locks = locks;
        this.failed = failed;
        this.maxAttempts = maxAttempts;
        this.minAge = minAge;
        this.clock = clock;
    }

    @Scheduled(cron = "${ecozone.events.resubmission-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run();
    }

    /**
     * One run: resubmits the failed publications last tried at least the minimum age ago and tried
     * fewer than the maximum number of times; those are left failed for an operator and logged.
     *
     * @return whether this instance ran (false while another holds the lock)
     */
    public boolean run() {
        return locks.runLocked(LOCK, Duration.ofMinutes(10), Duration.ZERO, () -> {
                    // the registry dates publications with the application's clock too
                    Instant before = clock.instant().minus(minAge);
                    failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> due(p, before)));
                    return true;
                })
                .orElse(false);
    }

    private boolean due(EventPublication publication, Instant before) {
        if (publication.getCompletionAttempts() >= maxAttempts) {
            log.error(
                    "event publication {} ({}) failed {} times; left for an operator",
                    publication.getIdentifier(),
                    publication.getEvent().getClass().getSimpleName(),
                    publication.getCompletionAttempts());
            return false;
        }
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.isAfter(before);
    }
}
