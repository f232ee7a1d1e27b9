package cn.ecozone.shared;

import java.util.Locale;
import java.util.Map;

/**
 * The order a list request asks for (issue 14 §6): {@code sort=<key>} ascending or {@code sort=-<key>}
 * descending, the key one of the list's own whitelist. The whitelist maps each key to the list's
 * own constant ORDER BY expression, so nothing the client sends ever reaches the SQL text.
 *
 * @param key the whitelisted key
 * @param expression the list's constant expression for the key
 */
public record ListSort(String key, String expression, boolean descending) {

    /**
     * The order {@code value} names, or {@code fallback} (a key of {@code keys}) when it is blank.
     *
     * @param keys the list's sort keys, each with its constant ORDER BY expression
     * @param fallback the key used when none is given, with a leading {@code -} for descending
     * @throws ApiException 400 naming {@code sort} for a key not in {@code keys}
     */
    public static ListSort parse(String value, Map<String, String> keys, String fallback) {
        String asked = value == null || value.isBlank() ? fallback : value.strip();
        boolean descending = asked.startsWith("-");
        String key = (descending ? asked.substring(1) : asked).toLowerCase(Locale.ROOT);
        String expression = keys.get(key);
        if (expression == null || asked.length() > 40) {
            throw ApiException.invalid("sort", "error.list.sort", String.join(", ", keys.keySet()));
        }
        return new ListSort(key, expression, descending);
    }

    /** The ORDER BY clause: the key's expression in the asked direction, then {@code tieBreak}. */
    public String orderBy(String tieBreak) {
        return " order by " + expression + (descending ? " desc" : " asc") + ", " + tieBreak;
    }
}
