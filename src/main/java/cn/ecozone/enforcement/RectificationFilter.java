package cn.ecozone.enforcement;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What the rectification list shows (issue 14 §6); every part is optional.
 *
 * @param query part of the subject's name or of its region's name
 * @param regionCode the region and everything below it (inside the reader's scope)
 * @param year rectifications ordered in that year
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest first
 */
public record RectificationFilter(
        String query, RectificationState state, String regionCode, Programme programme, Integer year, String sort) {

    /** Only a state, newest first. */
    public static RectificationFilter ofState(RectificationState state) {
        return new RectificationFilter(null, state, null, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters describe() {
        return ExportFilters.none()
                .with("q", query)
                .with("state", state)
                .with("region", regionCode)
                .with("programme", programme)
                .with("year", year)
                .with("sort", sort);
    }
}
