package cn.ecozone.publicity;

import cn.ecozone.shared.ExportFilters;

/**
 * What the staff's complaint list shows (issue 14 §6); every part optional.
 *
 * @param q part of the tracking number or the text (searched only where the reader reads in full)
 * @param year complaints received in that year (Beijing time)
 * @param sort a key of the list's whitelist (received, due, state), {@code -} before it for descending;
 *     null: the newest first
 */
public record ComplaintFilter(Long noticeId, ComplaintState state, String q, Integer year, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("noticeId", noticeId)
                .with("state", state)
                .with("q", q)
                .with("year", year)
                .with("sort", sort);
    }
}
