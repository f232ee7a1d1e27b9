package cn.ecozone.indicator.target;

/**
 * {@code LESS_THAN}: 低于/小于/不满 (&lt;); a value exactly at the threshold is not met (gap 0).
 *
 * @param value the threshold, a finite number in the indicator's unit
 * @param byYear the year the target is due, or null
 */
public record LessThan(double value, Integer byYear) implements Comparison {

    public LessThan {
        Numbers.requireFinite(value, "value");
    }

    /** A standing target without due year. */
    public LessThan(double value) {
        this(value, null);
    }

    // 民法典 第1259条 (procedures.md §7.3): 以上/以下/不低于 include the bound, 超过 excludes it.
    @Override
    public boolean holds(double actual) {
        return actual < value;
    }

    @Override
    public double gap(double actual) {
        return Numbers.minus(value, actual);
    }

    @Override
    public String symbol() {
        return "<";
    }

    @Override
    public String kind() {
        return "LESS_THAN";
    }
}
