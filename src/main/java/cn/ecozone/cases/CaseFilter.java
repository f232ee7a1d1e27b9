package cn.ecozone.cases;

import cn.ecozone.shared.ExportFilters;

/**
 * What the staff's list of typical cases is narrowed to; every part optional (issue 14 §6).
 *
 * @param q the title, the practising unit or the story contains it
 * @param path a {@link TransformationPath} name
 * @param regionCode the region and everything below it (inside the actor's scope)
 * @param year the cases of that year
 * @param state a {@link CaseState} name
 * @param sort a key of the list's sort whitelist (title, region, path, year, state, published,
 *     updated), {@code -} before it for descending; null: the latest change first
 */
public record CaseFilter(String q, String path, String regionCode, Integer year, String state, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("q", q)
                .with("path", path)
                .with("regionCode", regionCode)
                .with("year", year)
                .with("state", state)
                .with("sort", sort);
    }
}
