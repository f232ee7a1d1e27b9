package cn.ecozone.indicator.target;

/**
 * {@code EQUALS}: the value must equal the threshold within {@code tolerance} (inclusive), e.g. "100%" for a
 * compliance rate. The gap is {@code tolerance − |value − threshold|}: 0 or more when met, the excess deviation
 * (negative) when not.
 *
 * @param value the threshold, a finite number in the indicator's unit
 * @param tolerance allowed deviation either side, finite and not negative (0 = exact)
 * @param byYear the year the target is due, or null
 */
public record EqualTo(double value, double tolerance, Integer byYear) implements Comparison {

    public EqualTo {
        Numbers.requireFinite(value, "value");
        if (!(Numbers.requireFinite(tolerance, "tolerance") >= 0)) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    /** An exact standing target. */
    public EqualTo(double value) {
        this(value, 0, null);
    }

    @Override
    public boolean holds(double actual) {
        return gap(actual) >= 0;
    }

    @Override
    public double gap(double actual) {
        return Numbers.minus(tolerance, Math.abs(Numbers.minus(actual, value)));
    }

    @Override
    public String symbol() {
        return "=";
    }

    @Override
    public String kind() {
        return "EQUALS";
    }

    @Override
    public Text describeThreshold(String unit) {
        return tolerance == 0
                ? Comparison.super.describeThreshold(unit)
                : Text.of(
                        "target.EQUALS.describe.tolerance",
                        Numbers.withUnit(value, unit),
                        Numbers.withUnit(tolerance, unit));
    }
}
