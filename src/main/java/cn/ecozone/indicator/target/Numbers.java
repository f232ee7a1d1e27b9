package cn.ecozone.indicator.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting and exact decimal arithmetic for targets. Values are entered as decimals, so differences are taken
 * on their decimal forms: 60.3 − 61.3 is exactly −1, not −0.9999999999999929, which matters at a strict bound such as
 * "△EQI>-1".
 */
final class Numbers {

    private static final int MAX_DECIMALS = 6;

    private Numbers() {}

    /** {@code a − b} computed on the shortest decimal forms of both. */
    static double minus(double a, double b) {
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
    }

    /** {@code a + b} computed on the shortest decimal forms of both. */
    static double plus(double a, double b) {
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).doubleValue();
    }

    /** Plain digits, no grouping separator, no trailing zeros, at most six decimals: 60, 62.3, -1. */
    static String format(double number) {
        return format(number, MAX_DECIMALS);
    }

    /** Plain digits rounded half-up to at most {@code decimals} decimals, no trailing zeros. */
    static String format(double number, int decimals) {
        BigDecimal decimal = BigDecimal.valueOf(number);
        if (decimal.scale() > decimals) {
            decimal = decimal.setScale(decimals, RoundingMode.HALF_UP);
        }
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    /** The number followed by its unit: "62.3%", "25μg/m3"; no unit for null, blank or "-". */
    static String withUnit(double number, String unit) {
        return format(number) + suffix(unit);
    }

    /** A signed change with unit: "+0.5", "-1", "0". */
    static String signed(double number, String unit) {
        return (number > 0 ? "+" : "") + withUnit(number, unit);
    }

    static boolean isPercent(String unit) {
        return unit != null && (unit.strip().equals("%") || unit.strip().equals("％"));
    }

    private static String suffix(String unit) {
        return unit == null || unit.isBlank() || unit.strip().equals("-") ? "" : unit.strip();
    }

    /** Describes a year-on-year change: "提高 2%", "下降 1.5%" or "持平". */
    static Text change(double previous, double current, String unit) {
        double change = minus(current, previous);
        if (change > 0) {
            return Text.of("target.change.up", withUnit(change, unit));
        }
        if (change < 0) {
            return Text.of("target.change.down", withUnit(-change, unit));
        }
        return Text.of("target.change.same");
    }

    /** Precondition check for record components. */
    static double requireFinite(double number, String name) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + number);
        }
        return number;
    }
}
