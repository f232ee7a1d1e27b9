package cn.ecozone.review.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.PanelManagement.DossierProgress;
import cn.ecozone.review.PanelManagement.MemberView;
import cn.ecozone.review.PanelManagement.PanelView;
import cn.ecozone.review.PanelManagement.ReplacementView;
import cn.ecozone.review.PanelManagement.SkippedView;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The province's view of panels: members (with names, to the province only), who the draw skipped,
 * replacements, and each covered dossier's progress without scores. Any number of panels is read with
 * a constant number of statements (one per table, the pool once per province, the round's dossiers
 * once per round).
 */
@Component
public class PanelViews {

    private final PanelRows rows;
    private final CoverageRows coverage;
    private final SeatRows seats;
    private final Experts experts;
    private final PanelResults results;
    private final DossierSteps dossiers;

    PanelViews(
            PanelRows rows,
            CoverageRows coverage,
            SeatRows seats,
            Experts experts,
            PanelResults results,
            DossierSteps dossiers) {
        this.rows = rows;
        this.coverage = coverage;
        this.seats = seats;
        this.experts = experts;
        this.results = results;
        this.dossiers = dossiers;
    }

    public PanelView view(PanelEntity panel, Actor actor) {
        return views(List.of(panel), actor).getFirst();
    }

    /** The views of the panels, in their order. Precondition: the actor may see every one of them. */
    public List<PanelView> views(List<PanelEntity> panels, Actor actor) {
        if (panels.isEmpty()) {
            return List.of();
        }
        List<Long> ids = panels.stream().map(PanelEntity::id).toList();
        Map<Long, List<PanelRows.Member>> members = rows.members(ids);
        Map<Long, List<SeatRows.Skipped>> skipped = seats.skipped(ids);
        Map<Long, List<CoverageRows.Covered>> covered = coverage.byPanel(ids);
        Map<Long, List<PanelRows.Sheet>> sheets = rows.sheets(ids);
        Map<Long, List<SeatRows.Replacement>> replaced = seats.byPanel(ids);
        Map<Long, List<PanelRows.Conflict>> conflicts = rows
                .conflicts(covered.values().stream()
                        .flatMap(Collection::stream)
                        .map(CoverageRows.Covered::dossierId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.groupingBy(PanelRows.Conflict::dossierId));
        Map<String, Map<Long, ExpertEntity>> pools = new HashMap<>();
        Map<Long, List<DossierAtStep>> waiting = dossiers.ofRounds(
                panels.stream().map(PanelEntity::roundId).distinct().toList(), actor);
        Map<Long, Map<Long, DossierAtStep>> rounds = new HashMap<>();
        Map<String, ApplicationRules.Review> rules = new HashMap<>();
        List<PanelView> out = new ArrayList<>();
        for (PanelEntity p : panels) {
            Map<Long, ExpertEntity> pool = pools.computeIfAbsent(
                    p.poolRegionPath(),
                    path -> experts.pool(path).stream()
                            .collect(Collectors.toMap(ExpertEntity::id, Function.identity())));
            Map<Long, DossierAtStep> at = rounds.computeIfAbsent(
                    p.roundId(),
                    r -> waiting.getOrDefault(r, List.of()).stream()
                            .collect(Collectors.toMap(d -> d.dossier().id(), Function.identity())));
            ApplicationRules.Review review =
                    rules.computeIfAbsent(p.regulationCode() + "@" + p.regulationVersion(), k -> results.review(p));
            out.add(view(
                    p,
                    members.getOrDefault(p.id(), List.of()),
                    skipped.getOrDefault(p.id(), List.of()),
                    covered.getOrDefault(p.id(), List.of()),
                    sheets.getOrDefault(p.id(), List.of()),
                    replaced.getOrDefault(p.id(), List.of()),
                    conflicts,
                    pool,
                    at,
                    review));
        }
        return out;
    }

    private static PanelView view(
            PanelEntity p,
            List<PanelRows.Member> members,
            List<SeatRows.Skipped> skipped,
            List<CoverageRows.Covered> covered,
            List<PanelRows.Sheet> sheets,
            List<SeatRows.Replacement> replaced,
            Map<Long, List<PanelRows.Conflict>> conflicts,
            Map<Long, ExpertEntity> pool,
            Map<Long, DossierAtStep> at,
            ApplicationRules.Review review) {
        List<MemberView> memberViews = members.stream()
                .map(m -> new MemberView(
                        m.expertId(),
                        pool.get(m.expertId()).name(),
                        pool.get(m.expertId()).organization(),
                        m.alias(),
                        m.seat(),
                        m.how(),
                        m.reason(),
                        m.removedKind(),
                        m.removedReason()))
                .toList();
        List<SkippedView> skippedViews = skipped.stream()
                .map(s -> new SkippedView(s.expertId(), pool.get(s.expertId()).name(), s.reason(), s.detail()))
                .toList();
        List<ReplacementView> replacements = replaced.stream()
                .map(r -> new ReplacementView(
                        pool.get(r.removedExpertId()).name(),
                        r.kind(),
                        r.reason(),
                        pool.get(r.replacementExpertId()).name(),
                        r.how(),
                        r.seed(),
                        r.algorithm(),
                        r.recordedBy(),
                        r.recordedAt()))
                .toList();
        List<DossierProgress> progress = new ArrayList<>();
        for (CoverageRows.Covered c : covered) {
            // as PanelResults#board: a closed panel counts the conflicts held at its close
            Set<Long> conflicted = conflicts.getOrDefault(c.dossierId(), List.of()).stream()
                    .filter(x -> x.heldAt(p.closed() ? p.closedAt() : null))
                    .map(PanelRows.Conflict::expertId)
                    .collect(Collectors.toSet());
            Scoreboard board = Scoreboard.of(c.dossierId(), members, conflicted, sheets, p.closed(), review);
            DossierAtStep d = at.get(c.dossierId());
            progress.add(new DossierProgress(
                    c.dossierId(),
                    d == null ? null : d.dossier().subjectName(),
                    d == null ? null : d.dossier().regionCode(),
                    board.scorers().size(),
                    board.submitted().size(),
                    board.open(),
                    board.open() ? board.needingReconciliation() : List.of(),
                    c.decision(),
                    d == null ? null : d.currentStepCode(),
                    c.opening(),
                    d != null && d.runId() == c.runId() && d.opening() == c.opening()));
        }
        ApplicationRules.Scoring s = review.scoring();
        return new PanelView(
                p.id(),
                p.roundId(),
                p.stepCode(),
                p.drawNo(),
                p.state(),
                p.field(),
                p.size(),
                p.alternates(),
                p.seed(),
                p.algorithm(),
                p.eligible(),
                memberViews,
                skippedViews,
                replacements,
                progress,
                s.aggregation().name(),
                s.maxPerCriterion(),
                s.spreadThreshold(),
                s.citation() == null ? null : s.citation().noteZh(),
                p.version());
    }
}
