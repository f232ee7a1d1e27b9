package cn.ecozone.publicity;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What the staff's notice list shows (issue 14 §6); every part optional.
 *
 * @param roundId the notices of one round
 * @param q part of the title or of the issuer's name
 * @param year notices published (or to be published) in that year
 * @param sort a key of the list's whitelist (title, published, ends, state, created), {@code -} before
 *     it for descending; null: the newest draft first
 */
public record NoticeFilter(Long roundId, String q, NoticeState state, Programme programme, Integer year, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("roundId", roundId)
                .with("q", q)
                .with("state", state)
                .with("programme", programme)
                .with("year", year)
                .with("sort", sort);
    }
}
