package cn.ecozone.review.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.review.PanelManagement.DrawInput;
import cn.ecozone.review.ReviewFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The draw of a panel (issue 12 §2) for the round's dossiers waiting at a step whose current opening no
 * panel covers yet: the first panel of the round at the step, or a supplementary one (补充评审组) for
 * dossiers that arrived after it or came back after a return (ADR 0028 "Panels per opening").
 */
@Component
public class PanelDrawing {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final Panels panels;
    private final PanelRows rows;
    private final SeatRows seats;
    private final CoverageRows coverage;
    private final Experts experts;
    private final PanelAccess access;
    private final PanelConflicts conflicts;
    private final PanelResults results;
    private final DossierSteps dossiers;
    private final Clock clock;

    PanelDrawing(
            Panels panels,
            PanelRows rows,
            SeatRows seats,
            CoverageRows coverage,
            Experts experts,
            PanelAccess access,
            PanelConflicts conflicts,
            PanelResults results,
            DossierSteps dossiers,
            Clock clock) {
        this.panels = panels;
        this.rows = rows;
        this.seats = seats;
        this.coverage = coverage;
        this.experts = experts;
        this.access = access;
        this.conflicts = conflicts;
        this.results = results;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Draws a panel: conflicts detected first, then a random draw among the eligible (in the pool, not
     * removed, of the field, without a conflict with any dossier it covers) with a fresh seed, recorded
     * with who was skipped and why. Each dossier is covered for its run's current opening of the step.
     * Refused in words when no dossier waits (422) or every waiting one is covered already (409); two
     * draws at once take the same draw number and the second is refused (409).
     */
    public PanelEntity draw(DrawInput in, Actor actor) {
        if (in.roundId() == null) {
            throw ApiException.invalid("roundId", "review.input.required");
        }
        if (in.stepCode() == null || in.stepCode().isBlank()) {
            throw ApiException.invalid("stepCode", "review.input.required");
        }
        int size = in.size() == null ? 5 : in.size();
        int alternates = in.alternates() == null ? 0 : in.alternates();
        if (size < 1 || size > 50) {
            throw ApiException.invalid("size", "review.input.range", 1, 50);
        }
        if (alternates < 0 || alternates > 20) {
            throw ApiException.invalid("alternates", "review.input.range", 0, 20);
        }
        RoundView round = access.round(in.roundId(), actor);
        List<DossierAtStep> waiting = dossiers.waitingAt(round.id(), in.stepCode(), actor);
        if (waiting.isEmpty()) {
            throw new ReviewFacts.NothingToReview(in.stepCode());
        }
        Set<String> covered =
                coverage.coveredKeys(waiting.stream().map(d -> d.dossier().id()).toList(), in.stepCode());
        List<DossierAtStep> uncovered = waiting.stream()
                .filter(d ->
                        !covered.contains(CoverageRows.Covered.key(d.dossier().id(), d.runId(), d.opening())))
                .toList();
        if (uncovered.isEmpty()) {
            throw new ReviewFacts.PanelAlreadyDrawn(in.stepCode());
        }
        String field =
                in.field() == null || in.field().isBlank() ? null : in.field().strip();
        List<ExpertEntity> pool = experts.pool(actor.regionPath());
        List<PanelRows.Conflict> found = conflicts.detect(
                uncovered.stream().map(DossierAtStep::dossier).toList(),
                pool,
                results.review(round.regulationCode(), round.regulationVersion()),
                actor);
        Set<Long> conflicted = found.stream().map(PanelRows.Conflict::expertId).collect(Collectors.toSet());
        List<Long> eligible = new ArrayList<>();
        List<SeatRows.Skipped> skipped = new ArrayList<>();
        for (ExpertEntity e : pool) {
            if (e.removed()) {
                skipped.add(new SeatRows.Skipped(e.id(), "REMOVED", null));
            } else if (field != null && !e.fields().contains(field)) {
                skipped.add(new SeatRows.Skipped(e.id(), "FIELD", String.join("、", e.fields())));
            } else if (conflicted.contains(e.id())) {
                skipped.add(new SeatRows.Skipped(e.id(), "CONFLICT", PanelConflicts.words(e.id(), found)));
            } else {
                eligible.add(e.id());
            }
        }
        if (eligible.size() < size) {
            throw new ReviewFacts.TooFewEligible(eligible.size(), size);
        }
        PanelDraw.Draw draw = PanelDraw.draw(seed(), PanelDraw.ALGORITHM, eligible, size, alternates);
        PanelEntity panel = panels.saveAndFlush(new PanelEntity(
                round.id(),
                in.stepCode(),
                panels.lastDrawNo(round.id(), in.stepCode()) + 1,
                round.regulationCode(),
                round.regulationVersion(),
                actor.regionPath(),
                field,
                draw,
                actor.username(),
                clock.instant()));
        int order = 0;
        for (Long id : draw.members()) {
            rows.addMember(panel.id(), id, "MEMBER", "DRAWN", null, order++);
        }
        for (Long id : draw.alternateIds()) {
            rows.addMember(panel.id(), id, "ALTERNATE", "DRAWN", null, order++);
        }
        for (SeatRows.Skipped s : skipped) {
            seats.addSkipped(panel.id(), s.expertId(), s.reason(), s.detail());
        }
        for (DossierAtStep d : uncovered) {
            coverage.cover(panel.id(), d.dossier().id(), in.stepCode(), d.runId(), d.opening());
        }
        return panel;
    }

    /** A fresh seed for a draw. */
    static long seed() {
        return SEEDS.nextLong();
    }
}
