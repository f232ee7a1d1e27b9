package cn.ecozone.grading;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.PanelResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation: its row, the panel's result at the panel step (aliases only; empty criteria while
 * sealed), the grade once given, and whether the reader may grade it now.
 */
public record EvaluationView(
        AnnualEvaluationRow row,
        int evaluatedYear,
        String roundTitle,
        String panelStepCode,
        @Nullable PanelResult panel,
        @Nullable GradeView grade,
        List<ApplicationRules.Band> bands,
        @Nullable String gradingNote,
        boolean gradable) {}
