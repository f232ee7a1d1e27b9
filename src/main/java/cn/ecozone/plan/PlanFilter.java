package cn.ecozone.plan;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What the plan list shows (issue 14 §6); every part is optional.
 *
 * @param query part of the title or of the subject region's name
 * @param regionCode the region and everything below it (inside the actor's scope)
 * @param year plans whose period covers that year
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest
 *     change first
 */
public record PlanFilter(
        String query, PlanState state, String regionCode, Integer year, Programme programme, String sort) {

    /** Only a title or region-name search, newest change first. */
    public static PlanFilter searching(String query) {
        return new PlanFilter(query, null, null, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("q", query)
                .with("state", state)
                .with("region", regionCode)
                .with("year", year)
                .with("programme", programme)
                .with("sort", sort);
    }
}
