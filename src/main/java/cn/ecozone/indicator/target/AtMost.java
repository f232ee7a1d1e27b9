package cn.ecozone.indicator.target;

/**
 * {@code AT_MOST}: 以下/不高于/控制在…以内 (≤); a value exactly at the threshold is met.
 *
 * @param value the threshold, a finite number in the indicator's unit
 * @param byYear the year the target is due, or null
 */
public record AtMost(double value, Integer byYear) implements Comparison {

    public AtMost {
        Numbers.requireFinite(value, "value");
    }

    /** A standing target without due year. */
    public AtMost(double value) {
        this(value, null);
    }

    // 民法典 第1259条 (procedures.md §7.3): 以上/以下/不低于 include the bound, 超过 excludes it.
    @Override
    public boolean holds(double actual) {
        return actual <= value;
    }

    @Override
    public double gap(double actual) {
        return Numbers.minus(value, actual);
    }

    @Override
    public String symbol() {
        return "≤";
    }

    @Override
    public String kind() {
        return "AT_MOST";
    }
}
