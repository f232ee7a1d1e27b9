package cn.ecozone.indicator.target;

import java.util.Objects;

/**
 * The progress of one series toward a dated target, as computed by {@link Progress#assess}.
 *
 * @param category the progress category
 * @param observedGrowth the observed annual growth from the base year to the current year: a compound rate (−0.026 =
 *     −2.6% a year), or with the linear fallback an absolute change per year in the indicator's unit
 * @param requiredGrowth the annual growth from the base year that would reach the target in the target year, same
 *     measure; null when the target is already achieved
 * @param explanation how it was computed, in words
 */
public record ProgressResult(Category category, double observedGrowth, Double requiredGrowth, Text explanation) {

    /** Open SDG's progress categories. */
    public enum Category {
        /** The current value already meets the target. */
        ACHIEVED,
        /** Open SDG "substantial progress": observed/required growth ≥ 0.95. */
        ON_TRACK,
        /** Open SDG "moderate progress": 0.6 ≤ ratio &lt; 0.95. */
        ACCELERATION_NEEDED,
        /** Open SDG "limited progress": 0 ≤ ratio &lt; 0.6. */
        LIMITED_PROGRESS,
        /** Open SDG "deterioration": ratio &lt; 0, moving away from the target. */
        DETERIORATION
    }

    public ProgressResult {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(explanation, "explanation");
    }
}
