package cn.ecozone.grading;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One county's annual evaluation as the year's list shows it.
 *
 * @param stage {@code UNDER_REVIEW} (at the panel step), {@code TO_GRADE} (the panel passed it),
 *     {@code GRADED}, {@code RETURNED} (back with the county) or {@code OTHER}
 * @param total the graded total, or {@code null} before the grade
 */
public record AnnualEvaluationRow(
        long dossierId,
        String regionCode,
        @Nullable String regionName,
        String subjectName,
        @Nullable LocalDate submittedOn,
        String stage,
        @Nullable String currentStepCode,
        @Nullable BigDecimal total,
        @Nullable String bandCode,
        @Nullable String bandName,
        @Nullable String recommendation) {}
