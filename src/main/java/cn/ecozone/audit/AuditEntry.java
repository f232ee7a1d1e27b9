package cn.ecozone.audit;

import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One record of the audit log. {@code sequence} orders the chain; {@code hash} covers every other
 * recorded field and the previous record's hash.
 *
 * @param requestPath the request's concrete path (e.g. {@code /api/plans/12/submit}), or {@code null}
 *     for records written before it was kept and outside requests
 * @param description what the record did, in words of the reader's language (e.g. 提交规划《…》), or
 *     {@code null} when no description applies; derived when read, not recorded nor hashed
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
        String hash,
        String requestPath,
        String description) {

    /** This record with {@code text} as its description. */
    public AuditEntry describedAs(String text) {
        return new AuditEntry(
                sequence,
                occurredAt,
                username,
                role,
                organization,
                regionCode,
                action,
                target,
                outcome,
                status,
                clientAddress,
                reason,
                changes,
                hash,
                requestPath,
                text);
    }

    /** This record with {@code text} as its reason as read (the stored, hashed reason is unchanged). */
    public AuditEntry withReason(String text) {
        return new AuditEntry(
                sequence,
                occurredAt,
                username,
                role,
                organization,
                regionCode,
                action,
                target,
                outcome,
                status,
                clientAddress,
                text,
                changes,
                hash,
                requestPath,
                description);
    }

    /** How the recorded action ended. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }
}
