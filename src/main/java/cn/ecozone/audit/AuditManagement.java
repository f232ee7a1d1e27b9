package cn.ecozone.audit;

import cn.ecozone.audit.internal.AuditChainVerifier;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.shared.PageResult;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The audit module's API: reading and verifying the tamper-evident log. */
@Service
public class AuditManagement {

    private final AuditLog log;
    private final AuditChainVerifier verifier;

    AuditManagement(AuditLog log, AuditChainVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    /** Records newest first, filtered by username, action text and time range (each optional). */
    public PageResult<AuditEntry> search(String username, String action, Instant from, Instant to, int page, int size) {
        return log.search(username, action, from, to, page, size);
    }

    /**
     * Re-computes every keyed hash from the first record on, compares the chain with the signed
     * checkpoints outside the database, and reports the first broken link and the checkpoint trusted.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }
}
