package cn.ecozone.grading;

import java.math.BigDecimal;
import java.time.LocalDate;

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
        String regionName,
        String subjectName,
        LocalDate submittedOn,
        String stage,
        String currentStepCode,
        BigDecimal total,
        String bandCode,
        String bandName,
        String recommendation) {}
