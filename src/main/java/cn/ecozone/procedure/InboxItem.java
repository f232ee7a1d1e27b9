package cn.ecozone.procedure;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An open task waiting for the actor, in the inbox.
 *
 * @param due the step's due date, or {@code null} without a period
 */
public record InboxItem(
        long runId,
        long taskId,
        String subjectType,
        long subjectId,
        String subjectTitle,
        String subjectRegionCode,
        String link,
        String stepCode,
        String stepKind,
        Instant openedAt,
        @Nullable LocalDate due,
        boolean overdue) {}
