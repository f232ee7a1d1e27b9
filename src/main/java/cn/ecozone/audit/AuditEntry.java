package cn.ecozone.audit;

import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record of the audit log. {@code sequence} orders the chain; {@code hash} covers every other
 * recorded field and the previous record's hash.
 *
 * @param username {@code null} for an anonymous request
 * @param role {@code null} where no user acted (an anonymous request, the system)
 * @param organization {@code null} where no user acted
 * @param regionCode {@code null} where no user acted
 * @param clientAddress {@code null} outside requests
 * @param reason {@code null} when none was given
 * @param target {@code null} where a refused request named none
 * @param requestPath the request's concrete path (e.g. {@code /api/plans/12/submit}), or {@code null}
 *     for records written before it was kept and outside requests
 * @param description what the record did, in words of the reader's language (e.g. 提交规划《…》), or
 *     {@code null} when no description applies; derived when read, not recorded nor hashed
 */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        @Nullable String username,
        @Nullable String role,
        @Nullable String organization,
        @Nullable String regionCode,
        String action,
        @Nullable String target,
        Outcome outcome,
        int status,
        @Nullable String clientAddress,
        @Nullable String reason,
        List<FieldChange> changes,
        String hash,
        @Nullable String requestPath,
        @Nullable String description) {

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

    /** This record with {@code read} as its changes as read (the stored, hashed changes are unchanged). */
    public AuditEntry withChanges(List<FieldChange> read) {
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
                read,
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
