package cn.ecozone.deadline;

import cn.ecozone.shared.ExportFilters;
import java.time.LocalDate;

/**
 * What the deadline list shows (issue 14 §6).
 *
 * @param within overdue or due within so many working days (0–250); ignored when {@code dueTo} is given
 * @param query part of the title or of the region's name, or null
 * @param dueFrom the first due date shown, or null
 * @param dueTo the last due date shown, or null for the {@code within} window
 * @param overdue true: only overdue; false: only not yet overdue; null: both
 * @param sort a key of the list's sort whitelist (due, title, region, kind), {@code -} before it for
 *     descending; null: the earliest due first
 */
public record DeadlineFilter(
        int within, String query, LocalDate dueFrom, LocalDate dueTo, Boolean overdue, String sort) {

    /** The window alone, the earliest due first. */
    public static DeadlineFilter within(int workingDays) {
        return new DeadlineFilter(workingDays, null, null, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("within", within)
                .with("q", query)
                .with("dueFrom", dueFrom)
                .with("dueTo", dueTo)
                .with("overdue", overdue)
                .with("sort", sort);
    }
}
