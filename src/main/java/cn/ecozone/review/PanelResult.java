package cn.ecozone.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A panel's result for one dossier as the subject, the opinion and the public may read it: the
 * aggregated score per criterion and in total, and the opinions under aliases (专家A, 专家B), never
 * names. Before the panel closes and before every member has submitted, {@code criteria} and
 * {@code opinions} are empty and {@code total} is {@code null}.
 *
 * @param aggregation the regulation's rule, {@code MEAN} or {@code TRIMMED_MEAN}
 * @param aggregationNote the regulation's note on the rule where the seed is silent, else {@code null}
 * @param reconciliations the written reconciliations of the criteria whose scores spread too far
 * @param earlierOpening the panel covered the dossier for an earlier opening of the step than the one
 *     its run is in now (the dossier was returned and brought back and no panel covers it anew yet): an
 *     opinion shows it as 此前一次评审, not as the current result
 */
public record PanelResult(
        long panelId,
        String stepCode,
        boolean closed,
        int expertCount,
        List<CriterionResult> criteria,
        BigDecimal total,
        List<ExpertOpinion> opinions,
        List<String> reconciliations,
        String aggregation,
        String aggregationNote,
        boolean earlierOpening) {

    public PanelResult {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
        reconciliations = reconciliations == null ? List.of() : List.copyOf(reconciliations);
    }

    /** A result of the run's current opening of the step (or of a run past it). */
    public PanelResult(
            long panelId,
            String stepCode,
            boolean closed,
            int expertCount,
            List<CriterionResult> criteria,
            BigDecimal total,
            List<ExpertOpinion> opinions,
            List<String> reconciliations,
            String aggregation,
            String aggregationNote) {
        this(
                panelId,
                stepCode,
                closed,
                expertCount,
                criteria,
                total,
                opinions,
                reconciliations,
                aggregation,
                aggregationNote,
                false);
    }

    /** The same result marked as one of an earlier opening of the step. */
    public PanelResult ofEarlierOpening() {
        return new PanelResult(
                panelId,
                stepCode,
                closed,
                expertCount,
                criteria,
                total,
                opinions,
                reconciliations,
                aggregation,
                aggregationNote,
                true);
    }
}
