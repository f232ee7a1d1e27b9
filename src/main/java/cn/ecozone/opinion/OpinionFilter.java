package cn.ecozone.opinion;

import cn.ecozone.shared.ExportFilters;

/**
 * What the list of opinions is narrowed to; every part optional (issue 14 §6).
 *
 * @param roundId the opinions of that application round; null: of every round in scope
 * @param stepCode the opinions formed at that step of the chain (e.g. {@code PRE_REVIEW_OPINION})
 * @param q the title or the document number (文号) contains it
 * @param sort a key of the list's sort whitelist (title, step, number, state, issued, updated), {@code
 *     -} before it for descending; null: the latest change first
 */
public record OpinionFilter(Long roundId, OpinionState state, String stepCode, String q, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("roundId", roundId)
                .with("state", state)
                .with("stepCode", stepCode)
                .with("q", q)
                .with("sort", sort);
    }
}
