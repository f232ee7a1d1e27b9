package cn.ecozone.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code synthetic} is true when any value is generated demo data, to be labelled as such.
 *
 * <p>The evaluation of one region (or one construction unit, {@code unitId} and {@code unitName}
 * set; null for the region itself) against one edition for one year: each indicator with its
 * status, the target as applied, the value, the gap and the reason in words, and a summary.
 */
public record Scorecard(
        String edition,
        String editionTitle,
        boolean editionComplete,
        String regionCode,
        String regionName,
        @Nullable Long unitId,
        @Nullable String unitName,
        int year,
        List<Row> rows,
        Summary summary,
        boolean synthetic) {

    /**
     * One indicator. {@code unusable} is true when a value is held but cannot be used (not a finite
     * number, outside the indicator's range, or unreadable parts: stored before the checks or around
     * them); the row then shows {@code NO_DATA} with the reason, and {@code value} is null.
     */
    public record Row(
            String code,
            @Nullable Integer number,
            @Nullable String group,
            String name,
            @Nullable String unit,
            Binding binding,
            ValueType valueType,
            @Nullable String targetText,
            @Nullable String appliedTarget,
            @Nullable Double value,
            @Nullable Boolean flag,
            @Nullable String grade,
            Attainment status,
            @Nullable Double gap,
            @Nullable String reason,
            boolean uncertain,
            boolean unusable) {}

    /**
     * @param score per the edition's score method, or null when nothing is applicable
     * @param bindingNotMet codes of binding indicators not met (later issues block applications on these)
     */
    public record Summary(
            int met,
            int applicable,
            int notMet,
            int noData,
            int needsJudgement,
            List<String> bindingNotMet,
            @Nullable Double score,
            @Nullable String scoreMethod,
            @Nullable String scoreNote) {}
}
