package cn.ecozone.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        String category,
        LocalDate occurredOn,
        Integer year,
        String level,
        Boolean major,
        Boolean completed,
        LocalDate dueOn,
        LocalDate closedOn,
        LocalDate completedOn,
        String imposedBy,
        String summary,
        String sourceNumber,
        LocalDate sourceDate,
        String sourceIssuer,
        RegisterState state,
        String enteredBy,
        String enteredOrg,
        String confirmedBy,
        Instant confirmedAt,
        String rejectReason,
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
            String field, String oldValue, String newValue, String reason, String changedBy, Instant changedAt) {}
}
