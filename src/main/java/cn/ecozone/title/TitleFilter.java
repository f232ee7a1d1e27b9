package cn.ecozone.title;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * Filters of the title lists, each optional.
 *
 * @param regionCode titles of subjects in this region or below it (a province, a league or city)
 * @param year the calendar year of the naming
 * @param query part of the subject's name
 * @param sort a key of the staff list's whitelist (subject, region, programme, named, valid), {@code -}
 *     before it for descending; null: the latest naming first
 */
public record TitleFilter(String regionCode, Programme programme, Integer year, String query, String sort) {

    /** The latest naming first. */
    public TitleFilter(String regionCode, Programme programme, Integer year, String query) {
        this(regionCode, programme, year, query, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("regionCode", regionCode)
                .with("programme", programme)
                .with("year", year)
                .with("q", query)
                .with("sort", sort);
    }
}
