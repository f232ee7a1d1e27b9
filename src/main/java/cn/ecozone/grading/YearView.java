package cn.ecozone.grading;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.PageResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The year's evaluations (of the self-assessments of {@code year}, submitted in the round of the following
 * year, art. 9) in the reader's scope, with the bands and their uncertainty note.
 */
public record YearView(
        int year,
        @Nullable Long roundId,
        String regulationCode,
        int regulationVersion,
        List<ApplicationRules.Band> bands,
        @Nullable String gradingNote,
        @Nullable String article,
        PageResult<AnnualEvaluationRow> evaluations) {

    static YearView of(
            int year,
            Long roundId,
            Regulation r,
            ApplicationRules.Grading grading,
            PageResult<AnnualEvaluationRow> page) {
        return new YearView(
                year,
                roundId,
                r.code(),
                r.version(),
                grading.bands(),
                grading.citation().noteZh(),
                r.application().review().citation().article(),
                page);
    }
}
