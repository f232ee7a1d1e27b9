package cn.ecozone.indicator.internal;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A held value once checked and its parts once parsed, for judging it in several roles (this year,
 * the year before, the baseline) without reading its JSON again (issue 10, "whole country": the
 * parts of a value were parsed up to five times per year judged).
 *
 * @param parts the parts read from the JSON, empty when it has none
 */
record UsableValue(Double numberValue, Boolean flagValue, String gradeValue, Map<String, Double> parts) {

    /**
     * The value as the evaluation may use it, or null when it is absent or unusable
     * (a number or a part outside the row's range, or parts that cannot be read).
     */
    static UsableValue of(EditionModel.Row row, HeldValue v, JsonMapper json) {
        if (v == null || v.numberValue() != null && !row.range().contains(v.numberValue())) {
            return null;
        }
        Map<String, Double> parts = Map.of();
        if (v.parts() != null) {
            parts = StoredValues.read(v.parts(), json);
            if (parts == null
                    || !parts.values().stream().allMatch(p -> row.range().contains(p))) {
                return null;
            }
        }
        return new UsableValue(v.numberValue(), v.flagValue(), v.gradeValue(), parts);
    }
}
