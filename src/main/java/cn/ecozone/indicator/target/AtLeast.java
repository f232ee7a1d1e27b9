package cn.ecozone.indicator.target;

/**
 * {@code AT_LEAST}: 以上/不低于/达到 (≥); a value exactly at the threshold is met.
 *
 * @param value the threshold, a finite number in the indicator's unit
 * @param byYear the year the target is due, or null
 */
public record AtLeast(double value, Integer byYear) implements Comparison {

    public AtLeast {
        Numbers.requireFinite(value, "value");
    }

    /** A standing target without due year. */
    public AtLeast(double value) {
        this(value, null);
    }

    // 民法典 第1259条 (procedures.md §7.3): 以上/以下/不低于 include the bound, 超过 excludes it.
    @Override
    public boolean holds(double actual) {
        return actual >= value;
    }

    @Override
    public double gap(double actual) {
        return Numbers.minus(actual, value);
    }

    @Override
    public String symbol() {
        return "≥";
    }

    @Override
    public String kind() {
        return "AT_LEAST";
    }
}
