package cn.ecozone.workplan;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What to list; every part is optional.
 *
 * @param regionCode the region and everything below it (inside the actor's scope)
 * @param query part of the title or of the subject region's name (issue 14 §6)
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest
 *     year first
 */
public record WorkPlanFilter(
        String regionCode, Programme programme, Integer year, WorkPlanState state, String query, String sort) {

    /** Without a search text, in the list's default order. */
    public WorkPlanFilter(String regionCode, Programme programme, Integer year, WorkPlanState state) {
        this(regionCode, programme, year, state, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("region", regionCode)
                .with("programme", programme)
                .with("year", year)
                .with("state", state)
                .with("q", query)
                .with("sort", sort);
    }
}
