package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What a dossier list is narrowed to; every part optional (issue 14 §6).
 *
 * @param q the subject's name contains it
 * @param regionCode the region and everything below it (inside the actor's scope)
 * @param year the dossiers of rounds opening in that year
 * @param sort a key of the list's sort whitelist (subject, region, programme, state, submitted,
 *     updated), {@code -} before it for descending; null: the latest change first
 */
public record DossierFilter(
        DossierState state, Programme programme, String regionCode, String q, Integer year, String sort) {

    /** Any year, the latest change first. */
    public DossierFilter(DossierState state, Programme programme, String regionCode, String q) {
        this(state, programme, regionCode, q, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("state", state)
                .with("programme", programme)
                .with("regionCode", regionCode)
                .with("q", q)
                .with("year", year)
                .with("sort", sort);
    }
}
