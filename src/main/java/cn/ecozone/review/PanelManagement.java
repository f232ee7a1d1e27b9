package cn.ecozone.review;

import cn.ecozone.review.internal.PanelAccess;
import cn.ecozone.review.internal.PanelClosing;
import cn.ecozone.review.internal.PanelConflicts;
import cn.ecozone.review.internal.PanelDrawing;
import cn.ecozone.review.internal.PanelMembership;
import cn.ecozone.review.internal.PanelScoring;
import cn.ecozone.review.internal.PanelViews;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.shared.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels for the province's staff (issue 12 §2): the draw per round and step among the eligible experts
 * with a recorded seed (a supplementary panel for dossiers that arrive later or come back after a
 * return: each panel covers a dossier for one opening of the step, ADR 0028), additions by name with a
 * reason, the replacement of a member who did not show or must leave, conflict detection, progress
 * without scores, the disagreement view and reconciliations, the close that locks the scores, and the
 * decision per dossier on its run. Every method requires a province staff member of the panel's
 * province; another actor gets 404. The work is done by the classes in {@code review.internal}.
 */
@Service
@Transactional(readOnly = true)
public class PanelManagement {

    private final Panels panels;
    private final PanelAccess access;
    private final PanelViews views;
    private final PanelDrawing drawing;
    private final PanelMembership membership;
    private final PanelConflicts conflicts;
    private final PanelScoring scoring;
    private final PanelClosing closing;

    PanelManagement(
            Panels panels,
            PanelAccess access,
            PanelViews views,
            PanelDrawing drawing,
            PanelMembership membership,
            PanelConflicts conflicts,
            PanelScoring scoring,
            PanelClosing closing) {
        this.panels = panels;
        this.access = access;
        this.views = views;
        this.drawing = drawing;
        this.membership = membership;
        this.conflicts = conflicts;
        this.scoring = scoring;
        this.closing = closing;
    }

    /** What a draw asks for: the round, the step, an optional field, the size and the alternates. */
    public record DrawInput(Long roundId, String stepCode, String field, Integer size, Integer alternates) {}

    /**
     * A seat as the province reads it: {@code seat} MEMBER, ALTERNATE or REMOVED ({@code removedKind}
     * NO_SHOW or LEFT, with its reason); {@code how} DRAWN, ADDED, PROMOTED or REDRAWN.
     */
    public record MemberView(
            long expertId,
            String name,
            String organization,
            String alias,
            String seat,
            String how,
            String reason,
            String removedKind,
            String removedReason) {}

    public record SkippedView(long expertId, String name, String reason, String detail) {}

    /** A replacement: who left and why, who took the seat and how (with the seed when drawn anew). */
    public record ReplacementView(
            String removedName,
            String kind,
            String reason,
            String replacementName,
            String how,
            Long seed,
            String algorithm,
            String recordedBy,
            Instant recordedAt) {}

    /**
     * A covered dossier's progress: how many scorers submitted, never what they scored.
     *
     * @param opening the opening of the step the panel covers the dossier for
     * @param currentOpening whether the dossier waits at the step in that opening (else it moved on, or
     *     came back after a return and needs a supplementary panel)
     */
    public record DossierProgress(
            long dossierId,
            String subjectName,
            String regionCode,
            int scorers,
            int submitted,
            boolean scoresOpen,
            List<String> needingReconciliation,
            String decision,
            String currentStepCode,
            int opening,
            boolean currentOpening) {}

    /** A panel; {@code drawNo} is 1 for the round's first panel at the step, then 2, 3… (补充评审组). */
    public record PanelView(
            long id,
            long roundId,
            String stepCode,
            int drawNo,
            String state,
            String field,
            int size,
            int alternates,
            long seed,
            String algorithm,
            List<Long> eligible,
            List<MemberView> members,
            List<SkippedView> skipped,
            List<ReplacementView> replacements,
            List<DossierProgress> dossiers,
            String aggregation,
            BigDecimal maxPerCriterion,
            BigDecimal spreadThreshold,
            String scoringNote,
            long version) {}

    /** One dossier's scores by alias, for the disagreement view; sealed until open. */
    public record DossierScores(
            long dossierId,
            PanelResult result,
            List<AliasSheet> sheets,
            List<String> needingReconciliation,
            Map<String, String> reconciliations) {}

    public record AliasSheet(String alias, Map<String, BigDecimal> scores, String opinion) {}

    /** A typed conflict as the province reads it. */
    public record ConflictView(
            long id, long expertId, String expertName, long dossierId, String type, String source, String detail) {}

    /** The panels of a round in the actor's province, oldest first; a constant number of statements. */
    public List<PanelView> ofRound(long roundId, Actor actor) {
        access.round(roundId, actor);
        return views.views(
                panels.findByRoundIdOrderById(roundId).stream()
                        .filter(p -> p.poolRegionPath().equals(actor.regionPath()))
                        .toList(),
                actor);
    }

    public PanelView view(long panelId, Actor actor) {
        return views.view(access.visible(panelId, actor), actor);
    }

    /**
     * Draws a panel for the round's dossiers waiting at the step whose current opening no panel covers
     * yet (the first panel, or a supplementary one); see {@link PanelDrawing#draw}.
     */
    @Transactional
    public PanelView draw(DrawInput in, Actor actor) {
        return views.view(drawing.draw(in, actor), actor);
    }

    /** Adds a pool expert by name with a reason, as a scoring member; refused when conflicted or removed. */
    @Transactional
    public PanelView add(long panelId, Long expertId, String reason, Actor actor) {
        return views.view(membership.add(panelId, expertId, reason, actor), actor);
    }

    /**
     * Replaces a member who did not show ({@code NO_SHOW}) or must leave ({@code LEFT}); see {@link
     * PanelMembership#replace}. Refused after the member submitted a sheet or the panel closed.
     */
    @Transactional
    public PanelView replace(long panelId, long expertId, String kind, String reason, Actor actor) {
        return views.view(membership.replace(panelId, expertId, kind, reason, actor), actor);
    }

    /** Re-runs conflict detection for an open panel's dossiers; declared and pinned conflicts stay. */
    @Transactional
    public List<ConflictView> detect(long panelId, Actor actor) {
        return conflicts.detect(panelId, actor);
    }

    /** The conflicts recorded for a covered dossier. */
    public List<ConflictView> conflicts(long panelId, long dossierId, Actor actor) {
        return conflicts.of(panelId, dossierId, actor);
    }

    /** Pins an automatic conflict: the province confirms it, and detection no longer clears it. */
    @Transactional
    public List<ConflictView> pin(long panelId, long dossierId, long conflictId, Actor actor) {
        return conflicts.pin(panelId, dossierId, conflictId, actor);
    }

    /** The disagreement view of one dossier: scores by alias, spreads, reconciliations. 409 while sealed. */
    public DossierScores scores(long panelId, long dossierId, Actor actor) {
        return scoring.scores(panelId, dossierId, actor);
    }

    /** Records the written reconciliation of a criterion whose spread exceeds the threshold. */
    @Transactional
    public DossierScores reconcile(long panelId, long dossierId, String criterion, String text, Actor actor) {
        return scoring.reconcile(panelId, dossierId, criterion, text, actor);
    }

    /** Closes the panel and locks its scores; see {@link PanelClosing#close}. */
    @Transactional
    public PanelView close(long panelId, Long version, Actor actor) {
        return views.view(closing.close(panelId, version, actor), actor);
    }

    /** The decision on a covered dossier after the close; see {@link PanelClosing#decide}. */
    @Transactional
    public PanelView decide(long panelId, long dossierId, String decision, String reason, Actor actor) {
        return views.view(closing.decide(panelId, dossierId, decision, reason, actor), actor);
    }
}
