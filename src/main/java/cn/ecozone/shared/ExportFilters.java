package cn.ecozone.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters an export declares, as its audit record names them (issue 14 §5; review s16 #6): only
 * the names the exporting endpoint states, in the order it states them, never the request's other
 * parameters, and each value cut to {@link #MAX_VALUE} characters. So a parameter a client adds, or
 * one long value, cannot push the real filters out of the audit record's 1,000-character reason.
 *
 * @param entries the declared filters with a value, in order
 */
public record ExportFilters(List<Map.Entry<String, String>> entries) {

    /** The longest value recorded; a longer one is cut and ends in {@code …}. */
    public static final int MAX_VALUE = 100;

    public ExportFilters {
        entries = List.copyOf(entries);
    }

    /** No filter yet. */
    public static ExportFilters none() {
        return new ExportFilters(List.of());
    }

    /**
     * These filters and {@code name}; a null or blank value is left out (the list was not filtered on it).
     *
     * @param name a name the endpoint declares (a constant, never taken from the request)
     */
    public ExportFilters with(String name, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return this;
        }
        if (text.length() > MAX_VALUE) {
            text = text.substring(0, MAX_VALUE - 1) + "…";
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(entries);
        more.add(Map.entry(name, text));
        return new ExportFilters(more);
    }

    /** {@code name=value; name=value}, as the audit record's reason shows them. */
    public String describe() {
        return entries.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
