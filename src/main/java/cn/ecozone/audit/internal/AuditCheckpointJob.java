package cn.ecozone.audit.internal;

import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import cn.ecozone.shared.JobLocks;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes a signed checkpoint of the audit chain head outside the database at start-up and then ({@code
 * ecozone.audit.checkpoint-cron}, every 5 minutes by default; "-" turns it off, as the test profile
 * does). One instance at a time: the run takes the {@code audit-checkpoint} ShedLock lock (docs/adr/0013).
 */
@Component
public class AuditCheckpointJob {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointJob.class);

    static final String LOCK = "audit-checkpoint";

    private final JobLocks locks;
    private final AuditChainVerifier verifier;
    private final AuditLog auditLog;

    AuditCheckpointJob(JobLocks locks, AuditChainVerifier verifier, AuditLog auditLog) {
        this.locks = locks;
        this.verifier = verifier;
        this.auditLog = auditLog;
    }

    /**
     * At start-up, before any request: starts the current key in the chain and writes a checkpoint,
     * so that the chain is anchored outside the database from the start and not only after the first
     * scheduled run (until then it could be rewritten as unkeyed records of old). A failure is logged;
     * the scheduled run tries again.
     */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        try {
            auditLog.startCurrentKey();
            run();
        } catch (RuntimeException e) {
            log.error("could not write the audit checkpoint at start-up", e);
        }
    }

    @Scheduled(cron = "${ecozone.audit.checkpoint-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run();
    }

    /**
     * One run.
     *
     * @return the checkpoint written; empty when the chain is empty or unchanged, does not verify, or
     *     another instance holds the lock
     */
    public Optional<TrustedCheckpoint> run() {
        return locks.runLocked(LOCK, Duration.ofMinutes(5), Duration.ZERO, verifier::checkpoint)
                .flatMap(checkpoint -> checkpoint);
    }
}
