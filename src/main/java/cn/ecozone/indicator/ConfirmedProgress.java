package cn.ecozone.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A region's indicator scorecards over some years as the public may read them (issue 13 §7): only the
 * years whose submission is confirmed, each indicator with its series and a category of progress.
 *
 * @param confirmedYears the confirmed years in the span asked for, ascending; values of other years are absent
 * @param synthetic true when any value shown is generated demo data (to be labelled)
 */
public record ConfirmedProgress(
        String edition,
        String editionTitle,
        int fromYear,
        int toYear,
        List<Integer> confirmedYears,
        List<Row> rows,
        boolean synthetic) {

    /**
     * One indicator.
     *
     * @param status the attainment in the latest confirmed year ({@code NO_DATA} when none)
     * @param category the progress category (Open SDG's, plus {@code NO_DATA}), see {@code PublicScorecards}
     * @param categoryReason why, in the request's language
     * @param series the confirmed years' values, ascending
     * @param environmentalQuality the indicator belongs to the edition's environmental-quality dimension
     *     (marked in the edition: a group's {@code environmental_quality})
     */
    public record Row(
            String code,
            @Nullable Integer number,
            @Nullable String group,
            String name,
            @Nullable String unit,
            Binding binding,
            @Nullable String targetText,
            @Nullable String appliedTarget,
            boolean uncertain,
            Attainment status,
            ProgressManagement.Category category,
            String categoryReason,
            List<Point> series,
            boolean environmentalQuality) {}

    /** One confirmed year of an indicator. */
    public record Point(
            int year, @Nullable Double value, @Nullable Boolean flag, Attainment status) {}
}
