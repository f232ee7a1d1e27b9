package cn.ecozone.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A register record as the API shows it.
 *
 * @param allowedActions what the asking user may do now: {@code CORRECT}, {@code CONFIRM}, {@code
 *     REJECT}, {@code ATTACH}
 * @param tasks its rectification tasks (empty in lists)
 * @param attachments its attached documents (empty in lists)
 * @param history its corrections and state changes, oldest first (empty in lists)
 */
public record RegisterView(
        long id,
        RegisterKind kind,
        String regionCode,
        String regionName,
        @Nullable String category,
        LocalDate occurredOn,
        @Nullable Integer year,
        @Nullable String level,
        @Nullable Boolean major,
        @Nullable Boolean completed,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate closedOn,
        @Nullable LocalDate completedOn,
        @Nullable String imposedBy,
        String summary,
        String sourceNumber,
        LocalDate sourceDate,
        String sourceIssuer,
        RegisterState state,
        String enteredBy,
        @Nullable String enteredOrg,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt,
        @Nullable String rejectReason,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<String> allowedActions,
        List<RegisterInput.Task> tasks,
        List<Attachment> attachments,
        List<Change> history) {

    /** An attached document. */
    public record Attachment(long documentId, String name, String type, long size, Instant uploadedAt) {}

    /** One field's change (a correction, confirmation or rejection): old and new value, reason, who, when. */
    public record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String reason,
            String changedBy,
            Instant changedAt) {}
}
