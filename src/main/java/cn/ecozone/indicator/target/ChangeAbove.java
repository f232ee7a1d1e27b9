package cn.ecozone.indicator.target;

import java.util.Objects;

/**
 * {@code CHANGE_ABOVE}: the change against a base, {@code value − base}, must exceed {@code value} strictly, e.g.
 * "△EQI>-1" (超过 excludes the bound, 民法典 第1259条). The base is the previous year's value or the baseline year's
 * ({@link Facts#baselineValue()}); if it is missing the result is {@code NO_DATA}. Gap: change − threshold.
 *
 * @param value the threshold of the change, finite, in the indicator's unit
 * @param baseline what the change is measured against
 */
public record ChangeAbove(double value, Baseline baseline) implements Target {

    /** What a change is measured against. */
    public enum Baseline {
        PREVIOUS_YEAR,
        BASELINE
    }

    public ChangeAbove {
        Numbers.requireFinite(value, "value");
        Objects.requireNonNull(baseline, "baseline");
    }

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        Double base = baseline == Baseline.PREVIOUS_YEAR ? facts.previousValue() : facts.baselineValue();
        if (base == null) {
            return Outcome.noData(() -> Text.of("target.CHANGE_ABOVE.noBase", baselineName()));
        }
        double actual = facts.value();
        double change = Numbers.minus(actual, base);
        boolean met = change > value;
        String unit = facts.unit();
        return Outcome.metIf(met, Numbers.minus(change, value), () -> reason(met, actual, base, change, unit));
    }

    /** The reason of {@link #evaluate}, built only where it is shown. */
    private Text reason(boolean met, double actual, double base, double change, String unit) {
        return Text.of(
                met ? "target.CHANGE_ABOVE.met" : "target.CHANGE_ABOVE.notMet",
                Numbers.withUnit(actual, unit),
                baselineName(),
                Numbers.withUnit(base, unit),
                Numbers.signed(change, unit),
                Numbers.withUnit(value, unit));
    }

    private Text baselineName() {
        return Text.of("target.baseline." + baseline.name());
    }

    @Override
    public Text describe(Facts facts) {
        return Text.of("target.CHANGE_ABOVE.describe", baselineName(), Numbers.withUnit(value, facts.unit()));
    }

    @Override
    public String kind() {
        return "CHANGE_ABOVE";
    }
}
