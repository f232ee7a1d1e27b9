package cn.ecozone.indicator.target;

import cn.ecozone.indicator.target.ProgressResult.Category;

/**
 * Progress toward a dated target ("到2027年…25微克/立方米") with Open SDG's default method for a series with a
 * numeric target (sdg-build {@code sdg/ProgressMeasure.py}, "methodology 2", read at commit 139fede7 of
 * open-sdg/sdg-build; our own code).
 *
 * <ol>
 *   <li>If the current value already meets the target (≥ when higher is better, ≤ otherwise) → {@code ACHIEVED}.
 *   <li>Observed growth = (current/base)^(1/(currentYear − baseYear)) − 1; required growth = (target/base)^(1/(targetYear
 *       − baseYear)) − 1 (compound annual growth rates).
 *   <li>Ratio = d · observed / |required|, where d = +1 if higher is better and −1 otherwise; so a ratio of 1 means
 *       moving in the right direction exactly as fast as needed.
 *   <li>Open SDG's default thresholds for a numeric target: ratio ≥ 0.95 {@code ON_TRACK} (substantial progress), ≥
 *       0.6 {@code ACCELERATION_NEEDED} (moderate progress), ≥ 0 {@code LIMITED_PROGRESS}, &lt; 0 {@code
 *       DETERIORATION}. These are Open SDG's actual defaults, found in the source; they differ from the 0.5 sometimes
 *       quoted, and were preferred because the issue asks for Open SDG's method.
 * </ol>
 *
 * <p><b>Zero or negative values:</b> a compound rate is undefined when the base, current or target value is 0 or
 * negative. Open SDG then substitutes 0.001 for a zero base, which makes the rate explode; we instead fall back to
 * linear rates (change per year: (current − base)/(currentYear − baseYear) and (target − base)/(targetYear −
 * baseYear)) and classify their ratio with the same thresholds; the explanation says so. A required growth of 0 (target
 * equal to the base value, not yet met, so the value has worsened) gives {@code DETERIORATION}.
 */
public final class Progress {

    /** Open SDG default: at or above this ratio the series is on track. */
    public static final double ON_TRACK_RATIO = 0.95;

    /** Open SDG default: at or above this ratio (and below on track) acceleration is needed. */
    public static final double ACCELERATION_RATIO = 0.6;

    private Progress() {}

    /**
     * Classifies progress. Preconditions: finite values; {@code currentYear > baseYear} and {@code targetYear >
     * baseYear}; otherwise {@link IllegalArgumentException}.
     */
    public static ProgressResult assess(
            double baseYearValue,
            int baseYear,
            double currentValue,
            int currentYear,
            double targetValue,
            int targetYear,
            boolean higherIsBetter) {
        if (!Double.isFinite(baseYearValue) || !Double.isFinite(currentValue) || !Double.isFinite(targetValue)) {
            throw new IllegalArgumentException("values must be finite numbers");
        }
        if (currentYear <= baseYear || targetYear <= baseYear) {
            throw new IllegalArgumentException("the current and target years must come after the base year");
        }
        boolean compound = baseYearValue > 0 && currentValue > 0 && targetValue > 0;
        double observed = growth(compound, baseYearValue, currentValue, currentYear - baseYear);
        String base = Numbers.format(baseYearValue);
        String current = Numbers.format(currentValue);
        String target = Numbers.format(targetValue);
        if (higherIsBetter ? currentValue >= targetValue : currentValue <= targetValue) {
            Text why = Text.of(
                    "progress.explain.achieved",
                    String.valueOf(currentYear),
                    current,
                    String.valueOf(targetYear),
                    target,
                    name(Category.ACHIEVED));
            return new ProgressResult(Category.ACHIEVED, observed, null, why);
        }
        double required = growth(compound, baseYearValue, targetValue, targetYear - baseYear);
        double ratio =
                required == 0 ? Double.NEGATIVE_INFINITY : (higherIsBetter ? 1 : -1) * observed / Math.abs(required);
        Category category = ratio >= ON_TRACK_RATIO
                ? Category.ON_TRACK
                : ratio >= ACCELERATION_RATIO
                        ? Category.ACCELERATION_NEEDED
                        : ratio >= 0 ? Category.LIMITED_PROGRESS : Category.DETERIORATION;
        Text why = Text.of(
                compound ? "progress.explain.compound" : "progress.explain.linear",
                String.valueOf(baseYear),
                base,
                String.valueOf(currentYear),
                current,
                rate(compound, observed),
                String.valueOf(targetYear),
                target,
                rate(compound, required),
                required == 0 ? "-" : Numbers.format(ratio, 2),
                name(category),
                Text.of("progress.thresholds", Numbers.format(ON_TRACK_RATIO), Numbers.format(ACCELERATION_RATIO)));
        return new ProgressResult(category, observed, required, why);
    }

    private static double growth(boolean compound, double from, double to, int years) {
        return compound ? Math.pow(to / from, 1.0 / years) - 1 : (to - from) / years;
    }

    private static String rate(boolean compound, double growth) {
        return compound ? Numbers.format(growth * 100, 2) + "%" : Numbers.format(growth, 4);
    }

    private static Text name(Category category) {
        return Text.of("progress.category." + category.name());
    }
}
