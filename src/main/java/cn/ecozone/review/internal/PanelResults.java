package cn.ecozone.review.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.review.ExpertOpinion;
import cn.ecozone.review.PanelResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Forms a dossier's panel result from its score sheets; names never leave, only aliases. */
@Component
public class PanelResults {

    private final Panels panels;
    private final PanelRows rows;
    private final CoverageRows coverage;
    private final RegulationManagement regulations;
    private final DossierSteps dossiers;

    PanelResults(
            Panels panels,
            PanelRows rows,
            CoverageRows coverage,
            RegulationManagement regulations,
            DossierSteps dossiers) {
        this.panels = panels;
        this.rows = rows;
        this.coverage = coverage;
        this.regulations = regulations;
        this.dossiers = dossiers;
    }

    /**
     * The dossier's result at the step. While its run is at the step: the panel's that covers the run's
     * current opening there; when none does yet (returned and brought back, no new panel drawn), the
     * latest earlier one, marked {@link PanelResult#earlierOpening()}. Otherwise the latest covered
     * opening's. Empty when no panel covers the dossier at the step.
     */
    public Optional<PanelResult> of(long dossierId, String stepCode) {
        List<CoverageRows.Covered> all = coverage.all(dossierId, stepCode);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<DossierAtStep> at = dossiers.find(dossierId)
                .filter(d -> "OPEN".equals(d.runState()) && stepCode.equals(d.currentStepCode()));
        CoverageRows.Covered chosen = at.flatMap(d -> all.stream()
                        .filter(c -> c.runId() == d.runId() && c.opening() == d.opening())
                        .findFirst())
                .orElse(all.getFirst());
        boolean earlier = at.isPresent()
                && (chosen.runId() != at.get().runId()
                        || chosen.opening() != at.get().opening());
        return panels.findById(chosen.panelId())
                .map(p -> result(p, board(p, dossierId)))
                .map(r -> earlier ? r.ofEarlierOpening() : r);
    }

    /**
     * The scoreboard of one dossier on the panel (one statement per table). A closed panel's board is
     * frozen at the close: conflicts recorded after it do not count.
     */
    public Scoreboard board(PanelEntity panel, long dossierId) {
        Set<Long> conflicted = rows.conflictedExperts(dossierId, panel.closedAt());
        return Scoreboard.of(
                dossierId,
                rows.members(panel.id()),
                conflicted,
                rows.sheets(panel.id()),
                panel.closed(),
                review(panel));
    }

    /** The regulation's review rules the panel's dossiers are scored by. */
    public ApplicationRules.Review review(PanelEntity panel) {
        return review(panel.regulationCode(), panel.regulationVersion());
    }

    /** The review rules of a regulation version; refused when it gives no scoring. */
    public ApplicationRules.Review review(String code, int version) {
        ApplicationRules.Review review = regulations
                .find(code, version)
                .map(r -> r.application().review())
                .orElse(null);
        if (review == null || review.scoring() == null) {
            throw new cn.ecozone.review.ReviewFacts.NoScoringRules();
        }
        return review;
    }

    /** The public shape of a board: scores and opinions only once it is open. */
    public PanelResult result(PanelEntity panel, Scoreboard board) {
        ApplicationRules.Scoring scoring = board.review().scoring();
        String note = scoring.citation() == null ? null : scoring.citation().noteZh();
        if (!board.open()) {
            return new PanelResult(
                    panel.id(),
                    panel.stepCode(),
                    panel.closed(),
                    board.scorers().size(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    scoring.aggregation().name(),
                    note);
        }
        Map<Long, String> aliases = board.aliases();
        List<ExpertOpinion> opinions = board.submitted().stream()
                .sorted(java.util.Comparator.comparing(s -> aliases.get(s.expertId())))
                .map(s -> new ExpertOpinion(aliases.get(s.expertId()), s.opinion()))
                .toList();
        List<String> reconciliations = rows.reconciliations(panel.id()).stream()
                .filter(r -> r.dossierId() == board.dossierId())
                .map(r -> r.criterionCode() + "：" + r.text())
                .toList();
        return new PanelResult(
                panel.id(),
                panel.stepCode(),
                panel.closed(),
                board.scorers().size(),
                board.criteria(),
                board.total(),
                opinions,
                reconciliations,
                scoring.aggregation().name(),
                note);
    }
}
