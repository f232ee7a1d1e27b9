package cn.ecozone.review.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.review.PanelResult;
import cn.ecozone.review.ResultText;
import cn.ecozone.review.ReviewFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The close of a panel, which locks its scores, and the province's decision on each covered dossier
 * after it, taken on the dossier's run for the opening the panel covered.
 */
@Component
public class PanelClosing {

    private final Panels panels;
    private final PanelAccess access;
    private final PanelRows rows;
    private final CoverageRows coverage;
    private final PanelResults results;
    private final DossierSteps dossiers;
    private final ProcedureManagement procedures;
    private final Clock clock;

    PanelClosing(
            Panels panels,
            PanelAccess access,
            PanelRows rows,
            CoverageRows coverage,
            PanelResults results,
            DossierSteps dossiers,
            ProcedureManagement procedures,
            Clock clock) {
        this.panels = panels;
        this.access = access;
        this.rows = rows;
        this.coverage = coverage;
        this.results = results;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.clock = clock;
    }

    /**
     * Closes the panel and locks its scores. Requires, for every covered dossier, at least one scorer
     * (else 409 naming the dossier), every scorer's sheet and a reconciliation of each criterion whose
     * spread exceeds the threshold. Two closes at once: the row lock queues the second, which then finds
     * the panel closed (409); a stale version is 409 too.
     */
    public PanelEntity close(long panelId, Long version, Actor actor) {
        PanelEntity panel = access.locked(panelId, actor);
        panel.requireOpen();
        if (version == null || version != panel.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        int missing = 0;
        int unreconciled = 0;
        Map<Long, Set<String>> reconciled = new HashMap<>();
        rows.reconciliations(panel.id())
                .forEach(r -> reconciled
                        .computeIfAbsent(r.dossierId(), k -> new HashSet<>())
                        .add(r.criterionCode()));
        for (Long dossierId : access.coveredIds(panel)) {
            Scoreboard board = results.board(panel, dossierId);
            if (board.scorers().isEmpty()) {
                throw new ReviewFacts.NoScorer(
                        dossierId,
                        dossiers.find(dossierId)
                                .map(d -> d.dossier().subjectName())
                                .orElse(""));
            }
            missing += board.scorers().size() - board.submitted().size();
            if (board.open()) {
                Set<String> done = reconciled.getOrDefault(dossierId, Set.of());
                unreconciled += (int) board.needingReconciliation().stream()
                        .filter(c -> !done.contains(c))
                        .count();
            }
        }
        if (missing > 0 || unreconciled > 0) {
            throw new ReviewFacts.NotReadyToClose(missing, unreconciled);
        }
        return panels.saveAndFlush(panel.close(actor.username(), clock.instant()));
    }

    /**
     * The province's decision on a covered dossier after the close: {@code PASS} completes the step with
     * the aggregated result as its opinion; {@code RETURN} sends the dossier back to the subject with the
     * reason. Once per dossier (a second is 409), and only while the dossier waits at the step in the
     * opening the panel covered: after a return and a new arrival, the old panel decides nothing (409).
     */
    public PanelEntity decide(long panelId, long dossierId, String decision, String reason, Actor actor) {
        if (!"PASS".equals(decision) && !"RETURN".equals(decision)) {
            throw ApiException.invalid("decision", "review.input.decision");
        }
        if ("RETURN".equals(decision) && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "review.input.required");
        }
        PanelEntity panel = access.visible(panelId, actor);
        if (!panel.closed()) {
            throw new ReviewFacts.PanelOpen();
        }
        CoverageRows.Covered covered = access.covered(panel, dossierId);
        DossierAtStep at = dossiers.find(dossierId).orElseThrow(ReviewFacts.PanelNotFound::new);
        if (!panel.stepCode().equals(at.currentStepCode())) {
            throw new ReviewFacts.AlreadyDecided();
        }
        if (covered.decision() == null && (covered.runId() != at.runId() || covered.opening() != at.opening())) {
            throw new ReviewFacts.EarlierOpening();
        }
        if (!coverage.decide(
                panel.id(),
                dossierId,
                "PASS".equals(decision) ? "PASS" : "RETURNED",
                actor.username(),
                clock.instant())) {
            throw new ReviewFacts.AlreadyDecided();
        }
        RunView run = procedures.view(at.runId(), actor);
        if ("PASS".equals(decision)) {
            PanelResult result = results.result(panel, results.board(panel, dossierId));
            procedures.act(
                    new ProcedureCommand.Act(
                            run.id(), run.version(), null, "PASS", ResultText.of(result), List.of(), List.of()),
                    actor);
        } else {
            procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason.strip()), actor);
        }
        return panel;
    }
}
