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

    /** Whether a number held for the row can be used, e.g. towards a computed reference average. */
    public static boolean usable(EditionModel.Row row, Double number) {
        return number != null && row.range().contains(number);
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
