package cn.ecozone.enforcement;

import cn.ecozone.regulation.Programme;

/**
 * What the rectification list shows (issue 14 §6); every part is optional.
 *
 * @param query part of the subject's name or of its region's name
 * @param regionCode the region and everything below it (inside the reader's scope)
 * @param year rectifications ordered in that year
 * @param sort a key of the list's sort whitelist, {@code -} before it for descending; null: newest first
 */
public record RectificationFilter(
        String query, RectificationState state, String regionCode, Programme programme, Integer year, String sort) {

    /** Only a state, newest first. */
    public static RectificationFilter ofState(RectificationState state) {
        return new RectificationFilter(null, state, null, null, null, null);
    }

    /** The filters as the audit record of an export names them. */
    public String describe() {
        return "q=" + text(query) + "; state=" + text(state) + "; region=" + text(regionCode) + "; programme="
                + text(programme) + "; year=" + text(year) + "; sort=" + text(sort);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
