package cn.ecozone.enforcement;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * The proposal list's filters (issue 14 §6), each optional.
 *
 * @param code the sanction's code
 * @param regionCode a region within the reader's scope: its proposals and those below it
 * @param search part of the subject's name or of its region's name
 * @param year proposals opened in that year (Beijing time)
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest first
 */
public record ProposalFilter(
        ProposalState state,
        String code,
        String regionCode,
        String search,
        Programme programme,
        Integer year,
        String sort) {

    /** Without programme, year or order: the list's first filters. */
    public ProposalFilter(ProposalState state, String code, String regionCode, String search) {
        this(state, code, regionCode, search, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public ExportFilters describe() {
        return ExportFilters.none()
                .with("q", search)
                .with("state", state)
                .with("code", code)
                .with("region", regionCode)
                .with("programme", programme)
                .with("year", year)
                .with("sort", sort);
    }
}
