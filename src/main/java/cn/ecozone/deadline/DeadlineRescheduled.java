package cn.ecozone.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * An open deadline was counted again from its start because the system admin replaced the calendar
 * of a year its period runs through (ADR 0014: a provisional year replaced by the published notice).
 * Modules that copied the due date (the procedure engine's tasks) take the new one.
 *
 * @param explanationZh the new explanation in Chinese, one line per element, ending with the line that
 *     says it was recomputed
 */
public record DeadlineRescheduled(
        long deadlineId,
        String subjectType,
        long subjectId,
        String kind,
        LocalDate dueDate,
        List<String> explanationZh) {}
