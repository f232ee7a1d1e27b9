package cn.ecozone.indicator.internal;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading held values for the evaluation, which must tolerate anything the table holds (issue 8 §3):
 * a value stored before the checks existed, or written around the application, never fails a
 * scorecard, a ranking or an export; it is shown as unusable instead.
 */
public final class StoredValues {

    private StoredValues() {}

    /**
     * Whether the held value can be judged: its number (if any) is finite and within the row's range,
     * and its parts (if any) can be read and each is finite and within the range.
     */
    public static boolean usable(EditionModel.Row row, HeldValue v, JsonMapper json) {
        if (v.numberValue() != null && !row.range().contains(v.numberValue())) {
            return false;
        }
        if (v.parts() == null) {
            return true;
        }
        Map<String, Double> parts = read(v.parts(), json);
        return parts != null
                && parts.values().stream().allMatch(p -> row.range().contains(p));
    }

    /** Whether a number held for the row can be used, e.g. towards a computed reference average. */
    public static boolean usable(EditionModel.Row row, Double number) {
        return number != null && row.range().contains(number);
    }

    /** The parts of a held value; empty when it has none or they cannot be read. */
    public static Map<String, Double> parts(HeldValue v, JsonMapper json) {
        if (v.parts() == null) {
            return Map.of();
        }
        Map<String, Double> parts = read(v.parts(), json);
        return parts == null ? Map.of() : parts;
    }

    /** The parts JSON read, or null when it cannot be read. */
    static Map<String, Double> read(String text, JsonMapper json) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Double>>() {});
        } catch (JacksonException e) {
            return null;
        }
    }
}
