package cn.ecozone.region;

import cn.ecozone.shared.ExportFilters;

/**
 * What the construction unit list shows (issue 14 §6); every part optional.
 *
 * @param regionCode the region and everything below it, or with {@code exact} only the region itself
 * @param query part of the unit's name
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: by region and name
 */
public record ConstructionUnitFilter(
        String regionCode, boolean exact, String query, ConstructionUnitKind kind, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters describe() {
        return ExportFilters.none()
                .with("region", regionCode)
                .with("exact", exact ? "true" : null)
                .with("q", query)
                .with("kind", kind)
                .with("sort", sort);
    }
}
