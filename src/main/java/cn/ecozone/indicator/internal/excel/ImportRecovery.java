package cn.ecozone.indicator.internal.excel;

import cn.ecozone.shared.WorkFolders;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, ends the import jobs that a crash left running: every job this instance was running
 * (nothing runs yet, so they died with the previous process), and every job of another instance whose
 * heartbeat stopped more than {@link #STALE} ago. Each is marked failed with the reason
 * {@code excel.import.interrupted} (nothing was saved: a job saves in one transaction). Their work
 * files went with the sweep of the work folder ({@link WorkFolders}). One bulk update, safe with
 * several instances starting at once.
 */
@Component
public class ImportRecovery {

    /** A running job whose heartbeat is older than this has died with its instance. */
    public static final Duration STALE = Duration.ofMinutes(15);

    static final String REASON = "excel.import.interrupted";

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportJobs jobs;
    private final WorkFolders work;
    private final Clock clock;

    ImportRecovery(ImportJobs jobs, WorkFolders work, Clock clock) {
        this.jobs = jobs;
        this.work = work;
        this.clock = clock;
    }

    /**
     * Marks the interrupted jobs as failed.
     *
     * @return how many were marked
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public int recover() {
        int marked = jobs.failInterrupted(work.instanceId(), clock.instant().minus(STALE), REASON, clock.instant());
        if (marked > 0) {
            log.warn("Marked {} import job(s) interrupted by a crash as failed", marked);
        }
        return marked;
    }
}
