package cn.ecozone.indicator.target;

/**
 * {@code GREATER_THAN}: 超过/大于 (&gt;); a value exactly at the threshold is not met (gap 0).
 *
 * @param value the threshold, a finite number in the indicator's unit
 * @param byYear the year the target is due, or null
 */
public record GreaterThan(double value, Integer byYear) implements Comparison {

    public GreaterThan {
        Numbers.requireFinite(value, "value");
    }

    /** A standing target without due year. */
    public GreaterThan(double value) {
        this(value, null);
    }

    // 民法典 第1259条 (procedures.md §7.3): 以上/以下/不低于 include the bound, 超过 excludes it.
    @Override
    public boolean holds(double actual) {
        return actual > value;
    }

    @Override
    public double gap(double actual) {
        return Numbers.minus(actual, value);
    }

    @Override
    public String symbol() {
        return ">";
    }

    @Override
    public String kind() {
        return "GREATER_THAN";
    }
}
