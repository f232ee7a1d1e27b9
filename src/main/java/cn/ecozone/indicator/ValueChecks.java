package cn.ecozone.indicator;

import cn.ecozone.indicator.edition.ValueRange;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.excel.ValueShape;
import cn.ecozone.shared.ApiException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one validation every value passes, whichever way it comes (the entry form, the value API, the
 * Excel import through {@code EntryRules}): the value suits the indicator's type (a flag for yes/no,
 * a grade of the indicator's grades), every number, the value's own and each part's, is finite and
 * within the indicator's range ({@link ValueRange}: as the edition states it, else 0–100 for a share
 * and 0–10¹² otherwise), and parts are given only for an indicator measured in parts, each under a
 * key the indicator names. An empty {@code parts} counts as no parts, so it never skips a check.
 */
public final class ValueChecks {

    private static final JsonMapper PARTS = JsonMapper.builder().build();

    private ValueChecks() {}

    /** @throws ApiException 400 naming the field ({@code value}, {@code flag}, {@code grade}, {@code parts.KEY}) */
    public static void check(EditionModel.Row row, ValueInput input) {
        Map<String, Double> parts = parts(input.partsJson());
        switch (row.valueType()) {
            case YES_NO -> {
                if (input.flag() == null) {
                    throw ApiException.invalid("flag", "error.indicator.value.flag");
                }
            }
            case PERCENTAGE, NUMBER -> {
                if (parts.isEmpty() && input.value() == null) {
                    throw ApiException.invalid("value", "error.indicator.value.number");
                }
            }
            case GRADE -> {
                if (input.grade() == null
                        || !row.grades().contains(input.grade().strip())) {
                    throw ApiException.invalid("grade", "error.indicator.value.grade", String.join("、", row.grades()));
                }
            }
        }
        if (input.value() != null) {
            inRange(row, "value", input.value());
        }
        if (!parts.isEmpty()) {
            Map<String, String> known = ValueShape.of(row).parts();
            if (known.isEmpty()) {
                throw ApiException.invalid("parts", "error.indicator.value.parts.unused", row.code());
            }
            for (Map.Entry<String, Double> part : parts.entrySet()) {
                if (!known.containsKey(part.getKey())) {
                    throw ApiException.invalid(
                            "parts." + part.getKey(),
                            "error.indicator.value.part.unknown",
                            part.getKey(),
                            String.join("、", known.keySet()));
                }
                if (part.getValue() == null) {
                    throw ApiException.invalid("parts." + part.getKey(), "error.indicator.value.number");
                }
                inRange(row, "parts." + part.getKey(), part.getValue());
            }
        }
    }

    /**
     * Whether a stored number can be used by the evaluation: finite and within the row's range. A
     * value that is not (stored before this check existed, or written around the application) is
     * shown as unusable rather than judged.
     */
    public static boolean usable(EditionModel.Row row, Double value) {
        return value == null || row.range().contains(value);
    }

    /** The parts of a value as JSON, empty for none; {@code {}} is none. */
    public static Map<String, Double> parts(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Double> parts = PARTS.readValue(json, new TypeReference<Map<String, Double>>() {});
            return parts == null ? Map.of() : parts;
        } catch (JacksonException e) {
            throw ApiException.invalid("parts", "error.indicator.value.number");
        }
    }

    private static void inRange(EditionModel.Row row, String field, double value) {
        ValueRange range = row.range();
        if (!Double.isFinite(value)) {
            throw ApiException.invalid(field, "error.indicator.value.number");
        }
        if (!range.contains(value)) {
            throw ApiException.invalid(
                    field,
                    "error.indicator.value.range",
                    ValueRange.plain(range.min()),
                    ValueRange.plain(range.max()),
                    ValueRange.plain(value));
        }
    }
}
