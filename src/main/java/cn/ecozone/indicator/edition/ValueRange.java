package cn.ecozone.indicator.edition;

import cn.ecozone.indicator.ValueType;

/**
 * The interval a number of an indicator must lie in, bounds included. An edition file states it as
 * {@code range: [min, max]} where the source (or the method it cites) bounds the quantity; where it
 * is silent the range is derived ({@link #derive}): a share ({@code PERCENTAGE} or unit {@code %})
 * lies in 0–100, any other quantity the editions measure (areas, concentrations, counts, money) is
 * not negative and at most {@link #LARGEST}. See docs/indicator-editions.md.
 *
 * @param min the smallest allowed value, finite
 * @param max the largest allowed value, finite, not below {@code min}
 */
public record ValueRange(double min, double max) {

    /** The largest value of a quantity whose source gives no bound: beyond any figure the editions measure. */
    public static final double LARGEST = 1e12;

    /** 0–100, for shares. */
    public static final ValueRange PERCENT = new ValueRange(0, 100);

    /** 0–{@link #LARGEST}, for quantities without a stated bound. */
    public static final ValueRange NOT_NEGATIVE = new ValueRange(0, LARGEST);

    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("a range needs finite bounds, min ≤ max: " + min + ", " + max);
        }
    }

    /** The stated range, or the one derived from the value type and unit where the source states none. */
    public static ValueRange of(ValueRange stated, ValueType type, String unit) {
        return stated != null ? stated : derive(type, unit);
    }

    /** 0–100 for a share (type {@code PERCENTAGE} or unit {@code %}/{@code ％}); 0–{@link #LARGEST} otherwise. */
    public static ValueRange derive(ValueType type, String unit) {
        boolean percent =
                unit != null && (unit.strip().equals("%") || unit.strip().equals("％"));
        return type == ValueType.PERCENTAGE || percent ? PERCENT : NOT_NEGATIVE;
    }

    /** Whether {@code value} is a finite number within the range. */
    public boolean contains(Double value) {
        return value != null && Double.isFinite(value) && value >= min && value <= max;
    }

    /** The bound as plain text, e.g. {@code 0}, {@code 100}, {@code 1000000000000}. */
    public static String plain(double bound) {
        return java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
