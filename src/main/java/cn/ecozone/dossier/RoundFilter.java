package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ExportFilters;

/**
 * What the list of application rounds is narrowed to; every part optional (issue 14 §6).
 *
 * @param q the round's title or its call document contains it
 * @param year the rounds opening in that year (2000–2100)
 * @param open true: the rounds open today (Asia/Shanghai); false: those not open today
 * @param sort a key of the list's sort whitelist (title, programme, opens, closes), {@code -} before it
 *     for descending; null: the latest opening first
 */
public record RoundFilter(Programme programme, String q, Integer year, Boolean open, String sort) {

    /** The filters as the audit record of an export names them. */
    public ExportFilters exportFilters() {
        return ExportFilters.none()
                .with("programme", programme)
                .with("q", q)
                .with("year", year)
                .with("open", open)
                .with("sort", sort);
    }
}
