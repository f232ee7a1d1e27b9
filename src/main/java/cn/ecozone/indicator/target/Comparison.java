package cn.ecozone.indicator.target;

/**
 * A comparison with a fixed threshold: {@link AtLeast}, {@link GreaterThan}, {@link AtMost}, {@link LessThan}, {@link
 * EqualTo}.
 *
 * <p>No value gives {@code NO_DATA}. The gap is the margin (positive) or shortfall (negative) in the indicator's unit;
 * for a strict comparison a gap of 0 is not met. A comparison may carry {@link #byYear()} ("到2027年 PM2.5 ≤ 25"): it
 * only shows in {@link #describe}; the caller decides which year is evaluated, and {@link Progress} assesses progress
 * toward it.
 */
public sealed interface Comparison extends Target permits AtLeast, GreaterThan, AtMost, LessThan, EqualTo {

    /** The threshold, in the indicator's unit. */
    double value();

    /** The year by which the target is due, or null for a standing target. */
    Integer byYear();

    /** Whether {@code actual} satisfies this comparison. */
    boolean holds(double actual);

    /** Signed margin of {@code actual}: positive above what is needed, negative short of it. */
    double gap(double actual);

    /** The comparison sign shown in descriptions, e.g. "≥". */
    String symbol();

    @Override
    default Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        double actual = facts.value();
        boolean met = holds(actual);
        String unit = facts.unit();
        return Outcome.compared(met, () -> gap(actual), () -> reason(met, actual, unit));
    }

    /** The reason of {@link #evaluate}, built only where it is shown. */
    private Text reason(boolean met, double actual, String unit) {
        return Text.of(
                "target." + kind() + (met ? ".met" : ".notMet"),
                Numbers.withUnit(actual, unit),
                Numbers.withUnit(value(), unit),
                Numbers.withUnit(Math.abs(Numbers.minus(actual, value())), unit));
    }

    @Override
    default Text describe(Facts facts) {
        Text threshold = describeThreshold(facts.unit());
        return byYear() == null ? threshold : Text.of("target.byYear", String.valueOf(byYear()), threshold);
    }

    /** The threshold without its due year, e.g. "≥ 60%". */
    default Text describeThreshold(String unit) {
        return Text.of("target.comparison.describe", symbol(), Numbers.withUnit(value(), unit));
    }
}
