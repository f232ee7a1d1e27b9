package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.shared.ApiException;

/** Checks that a value suits its indicator: a percentage within 0–100, a flag for yes/no, and so on. */
final class ValueChecks {

    private ValueChecks() {}

    static void check(EditionModel.Row row, ValueInput input) {
        switch (row.valueType()) {
            case YES_NO -> {
                if (input.flag() == null) {
                    throw ApiException.invalid("flag", "error.indicator.value.flag");
                }
            }
            case PERCENTAGE -> {
                if (input.partsJson() == null) {
                    requireNumber(input);
                    if (input.value() < 0 || input.value() > 100) {
                        throw ApiException.invalid("value", "error.indicator.value.percentage");
                    }
                }
            }
            case NUMBER -> {
                if (input.partsJson() == null) {
                    requireNumber(input);
                }
            }
            case GRADE -> {
                if (input.grade() == null
                        || !row.grades().contains(input.grade().strip())) {
                    throw ApiException.invalid("grade", "error.indicator.value.grade", String.join("、", row.grades()));
                }
            }
        }
    }

    private static void requireNumber(ValueInput input) {
        if (input.value() == null || input.value().isNaN() || input.value().isInfinite()) {
            throw ApiException.invalid("value", "error.indicator.value.number");
        }
    }
}
