package cn.ecozone.cases;

import cn.ecozone.procedure.RunView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A case as staff or an appointed expert read it: the record, the selection's criteria (with the
 * regulation's uncertainty notes), the reviewers of the current review with their scores (the office
 * sees all; an expert only its own), and the run with what the reader may do now.
 *
 * @param noteZh the selection's note where the regulation marks it uncertain, else {@code null}
 */
public record CaseView(
        long id,
        String title,
        String regionCode,
        String regionName,
        String unitName,
        TransformationPath path,
        String programme,
        String regulationCode,
        int regulationVersion,
        int year,
        String story,
        List<Result> results,
        List<Photo> photos,
        CaseState state,
        String decisionReason,
        Instant publishedAt,
        long version,
        boolean editable,
        String noteZh,
        List<Criterion> criteria,
        List<Reviewer> reviewers,
        RunView run) {

    public record Result(String label, BigDecimal value, String unit) {}

    public record Photo(long documentId, String name) {}

    public record Criterion(String code, String textZh, String article, boolean uncertain, String noteZh) {}

    /** An appointed expert of the current review, with its scores once submitted. */
    public record Reviewer(long expertId, String name, boolean done, List<Score> scores) {}

    public record Score(String criterion, int score, String comment) {}
}
