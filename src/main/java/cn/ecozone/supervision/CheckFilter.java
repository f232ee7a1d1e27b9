package cn.ecozone.supervision;

import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.ExportFilters;

/**
 * What to list (issue 14 §6); every part optional.
 *
 * @param regionCode the region and everything below it
 * @param state {@code OPEN} or {@code CONCLUDED}
 * @param query part of the subject's name or of its region's name
 * @param year checks due in that year
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: latest opened first
 */
public record CheckFilter(
        CheckKind kind, String state, String regionCode, String query, Programme programme, Integer year, String sort) {

    /** Without programme, year or order: the list's first filters. */
    public CheckFilter(CheckKind kind, String state, String regionCode, String query) {
        this(kind, state, regionCode, query, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters describe() {
        return ExportFilters.none()
                .with("q", query)
                .with("kind", kind)
                .with("state", state)
                .with("region", regionCode)
                .with("programme", programme)
                .with("year", year)
                .with("sort", sort);
    }
}
