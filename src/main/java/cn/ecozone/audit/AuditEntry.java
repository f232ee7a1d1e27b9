package cn.ecozone.audit;

import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One record of the audit log. {@code sequence} orders the chain; {@code hash} covers every other
 * field and the previous record's hash.
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String username,
        String role,
        String organization,
        String regionCode,
        String action,
        String target,
        Outcome outcome,
        int status,
        String clientAddress,
        String reason,
        List<FieldChange> changes,
        String hash) {

    /** How the recorded action ended. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }
}
