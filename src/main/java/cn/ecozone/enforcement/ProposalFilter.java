package cn.ecozone.enforcement;

import cn.ecozone.regulation.Programme;

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
    public String describe() {
        return "q=" + RectificationFilter.text(search) + "; state=" + RectificationFilter.text(state) + "; code="
                + RectificationFilter.text(code) + "; region=" + RectificationFilter.text(regionCode)
                + "; programme=" + RectificationFilter.text(programme) + "; year=" + RectificationFilter.text(year)
                + "; sort=" + RectificationFilter.text(sort);
    }
}
