package cn.ecozone.review;

import cn.ecozone.shared.ExportFilters;

/**
 * What the list of review panels is narrowed to; every part optional (issue 14 §6).
 *
 * @param roundId the panels of that application round
 * @param stepCode the panels drawn for that step of the chain (e.g. {@code EXPERT_SCORING})
 * @param state {@code OPEN} or {@code CLOSED}
 * @param q the panel's field (专业领域) contains it
 * @param sort a key of the list's sort whitelist (round, step, draw, state, field, drawn), {@code -}
 *     before it for descending; null: the latest draw first
 */
public record PanelFilter(Long roundId, String stepCode, String state, String q, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("roundId", roundId)
                .with("stepCode", stepCode)
                .with("state", state)
                .with("q", q)
                .with("sort", sort);
    }
}
