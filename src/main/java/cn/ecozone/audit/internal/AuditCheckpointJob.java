package cn.ecozone.audit.internal;

import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import cn.ecozone.shared.JobLock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes a signed checkpoint of the audit chain head outside the database ({@code
 * ecozone.audit.checkpoint-cron}, every 5 minutes by default; "-" turns it off, as the test profile
 * does). One instance at a time: the run takes the {@code audit-checkpoint} lock (docs/adr/0008).
 */
@Component
public class AuditCheckpointJob {

    static final String LOCK = "audit-checkpoint";

    private final JobLock lock;
    private final AuditChainVerifier verifier;

    AuditCheckpointJob(JobLock lock, AuditChainVerifier verifier) {
        this.lock = lock;
        this.verifier = verifier;
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
        Optional<JobLock.Held> held = lock.tryLock(LOCK, Duration.ofMinutes(5));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        try {
            return verifier.checkpoint();
        } finally {
            lock.unlock(held.get(), Duration.ZERO);
        }
    }
}
