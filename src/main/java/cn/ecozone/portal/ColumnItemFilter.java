package cn.ecozone.portal;

import cn.ecozone.shared.ExportFilters;

/**
 * What the staff's list of their own column shows (issue 14 §6); all but the programme optional.
 *
 * @param programme the programme's name (its column)
 * @param query part of the title
 * @param kind {@code PROGRESS}, {@code KEY_WORK} or {@code RESULT}
 * @param year items drafted in that year (Beijing time)
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest drafted first
 */
public record ColumnItemFilter(
        String programme, String query, ColumnItemState state, String kind, Integer year, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters describe() {
        return ExportFilters.none()
                .with("programme", programme)
                .with("q", query)
                .with("state", state)
                .with("kind", kind)
                .with("year", year)
                .with("sort", sort);
    }
}
