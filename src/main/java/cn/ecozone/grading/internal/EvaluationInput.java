package cn.ecozone.grading.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.grading.AnnualEvaluationRow;
import cn.ecozone.shared.ApiException;

/**
 * The annual evaluation's input checks (400 naming the field) and the list row of a dossier with its
 * grade: the stage from the step its run waits at (Xilingol's chain: {@code ANNUAL_EVALUATION} under
 * review, {@code GRADING} to grade, finished with a grade: graded; back at {@code SELF_ASSESSMENT}:
 * returned).
 */
public final class EvaluationInput {

    private static final int MAX_TEXT = 4000;

    private EvaluationInput() {}

    public static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ApiException.invalid("year", "grading.input.year", 2000, 2100);
        }
    }

    public static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiException.invalid(field, "validation.required");
            }
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw ApiException.invalid(field, "grading.input.too-long", MAX_TEXT);
        }
        return value.strip();
    }

    public static AnnualEvaluationRow row(DossierAtStep d, GradeRows.Grade g) {
        String step = d.currentStepCode();
        String stage;
        if (g != null && step == null) {
            stage = "GRADED";
        } else if ("GRADING".equals(step)) {
            stage = "TO_GRADE";
        } else if ("ANNUAL_EVALUATION".equals(step)) {
            stage = "UNDER_REVIEW";
        } else if ("SELF_ASSESSMENT".equals(step)) {
            stage = "RETURNED";
        } else {
            stage = "OTHER";
        }
        return new AnnualEvaluationRow(
                d.dossier().id(),
                d.dossier().regionCode(),
                d.dossier().regionName(),
                d.dossier().subjectName(),
                d.dossier().submittedOn(),
                stage,
                step,
                g == null ? null : g.total(),
                g == null ? null : g.bandCode(),
                g == null ? null : g.bandName(),
                g == null ? null : g.recommendation());
    }
}
