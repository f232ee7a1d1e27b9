package cn.ecozone.review.internal;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.CriterionResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scores of one dossier on one panel: who scores it (the members without a conflict with it),
 * who has submitted, and, once every one has or the panel closed, the combined result per criterion.
 * Nothing here is shown before {@link #open()}.
 */
public record Scoreboard(
        long dossierId,
        List<PanelRows.Member> scorers,
        List<PanelRows.Sheet> submitted,
        boolean closed,
        ApplicationRules.Review review) {

    /** Whether the scores may be read: every scorer submitted, or the panel closed. */
    public boolean open() {
        return closed || (!scorers.isEmpty() && submitted.size() >= scorers.size());
    }

    /** The board of {@code dossierId}: scorers are the MEMBER seats without a conflict with it. */
    public static Scoreboard of(
            long dossierId,
            List<PanelRows.Member> members,
            Set<Long> conflicted,
            List<PanelRows.Sheet> sheets,
            boolean closed,
            ApplicationRules.Review review) {
        List<PanelRows.Member> scorers = members.stream()
                .filter(m -> "MEMBER".equals(m.seat()) && !conflicted.contains(m.expertId()))
                .toList();
        Set<Long> ids = scorers.stream().map(PanelRows.Member::expertId).collect(Collectors.toSet());
        List<PanelRows.Sheet> done = sheets.stream()
                .filter(s -> s.dossierId() == dossierId && s.submitted() && ids.contains(s.expertId()))
                .toList();
        return new Scoreboard(dossierId, scorers, done, closed, review);
    }

    /** The combined result and spread per rubric criterion. Precondition: {@link #open()}. */
    public List<CriterionResult> criteria() {
        List<CriterionResult> out = new ArrayList<>();
        for (ApplicationRules.Rule c : review.criteria()) {
            List<BigDecimal> scores = submitted.stream()
                    .map(s -> s.scores().get(c.code()))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            BigDecimal spread = Aggregation.spread(scores);
            out.add(new CriterionResult(
                    c.code(),
                    c.textZh(),
                    Aggregation.combine(review.scoring(), scores),
                    scores.isEmpty() ? null : java.util.Collections.min(scores),
                    scores.isEmpty() ? null : java.util.Collections.max(scores),
                    spread));
        }
        return out;
    }

    /** The criteria whose spread needs a reconciliation. Precondition: {@link #open()}. */
    public List<String> needingReconciliation() {
        return criteria().stream()
                .filter(c -> Aggregation.needsReconciliation(review.scoring(), c.spread()))
                .map(CriterionResult::code)
                .toList();
    }

    /** The sum of the combined criteria, {@code null} while one is missing. */
    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionResult c : criteria()) {
            if (c.aggregated() == null) {
                return null;
            }
            sum = sum.add(c.aggregated());
        }
        return sum;
    }

    /** The alias of each scorer, by expert id. */
    public Map<Long, String> aliases() {
        return scorers.stream().collect(Collectors.toMap(PanelRows.Member::expertId, PanelRows.Member::alias));
    }
}
