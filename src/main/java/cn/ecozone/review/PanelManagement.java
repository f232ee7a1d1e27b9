package cn.ecozone.review;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierForReview;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.internal.ConflictRules;
import cn.ecozone.review.internal.ExpertEntity;
import cn.ecozone.review.internal.Experts;
import cn.ecozone.review.internal.PanelDraw;
import cn.ecozone.review.internal.PanelEntity;
import cn.ecozone.review.internal.PanelResults;
import cn.ecozone.review.internal.PanelRows;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.review.internal.Recusal;
import cn.ecozone.review.internal.Scoreboard;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels for the province's staff (issue 12 §2): the draw per round and step among the eligible experts
 * with a recorded seed, additions by name with a reason, conflict detection, progress without scores,
 * the disagreement view and reconciliations, the close that locks the scores, and the decision per
 * dossier on its run. Every method requires a province staff member of the panel's province; another
 * actor gets 404.
 */
@Service
@Transactional(readOnly = true)
public class PanelManagement {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Panels panels;
    private final PanelRows rows;
    private final Experts experts;
    private final Recusal recusal;
    private final PanelResults results;
    private final DossierSteps dossiers;
    private final DossierForReview lines;
    private final RoundManagement rounds;
    private final RegionManagement regions;
    private final ProcedureManagement procedures;
    private final Clock clock;

    PanelManagement(
            Panels panels,
            PanelRows rows,
            Experts experts,
            Recusal recusal,
            PanelResults results,
            DossierSteps dossiers,
            DossierForReview lines,
            RoundManagement rounds,
            RegionManagement regions,
            ProcedureManagement procedures,
            Clock clock) {
        this.panels = panels;
        this.rows = rows;
        this.experts = experts;
        this.recusal = recusal;
        this.results = results;
        this.dossiers = dossiers;
        this.lines = lines;
        this.rounds = rounds;
        this.regions = regions;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** What a draw asks for: the round, the step, an optional field, the size and the alternates. */
    public record DrawInput(Long roundId, String stepCode, String field, Integer size, Integer alternates) {}

    public record MemberView(
            long expertId, String name, String organization, String alias, String seat, String how, String reason) {}

    public record SkippedView(long expertId, String name, String reason, String detail) {}

    /** A covered dossier's progress: how many scorers submitted, never what they scored. */
    public record DossierProgress(
            long dossierId,
            String subjectName,
            String regionCode,
            int scorers,
            int submitted,
            boolean scoresOpen,
            List<String> needingReconciliation,
            String decision,
            String currentStepCode) {}

    public record PanelView(
            long id,
            long roundId,
            String stepCode,
            String state,
            String field,
            int size,
            int alternates,
            long seed,
            String algorithm,
            List<Long> eligible,
            List<MemberView> members,
            List<SkippedView> skipped,
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

    /** The panels of a round in the actor's province. */
    public List<PanelView> ofRound(long roundId, Actor actor) {
        round(roundId, actor);
        return panels.findByRoundIdOrderById(roundId).stream()
                .filter(p -> p.poolRegionPath().equals(actor.regionPath()))
                .map(p -> view(p, actor))
                .toList();
    }

    public PanelView view(long panelId, Actor actor) {
        return view(visible(panelId, actor), actor);
    }

    /**
     * Draws the panel of the round's dossiers waiting at the step: conflicts detected first, then a
     * random draw among the eligible (in the pool, not removed, of the field, without a conflict with
     * any covered dossier) with a fresh seed, recorded with who was skipped and why.
     */
    @Transactional
    public PanelView draw(DrawInput in, Actor actor) {
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
        RoundView round = round(in.roundId(), actor);
        if (panels.findByRoundIdAndStepCode(round.id(), in.stepCode()).isPresent()) {
            throw new ReviewFacts.PanelAlreadyDrawn();
        }
        List<DossierAtStep> waiting = dossiers.waitingAt(round.id(), in.stepCode(), actor);
        if (waiting.isEmpty()) {
            throw new ReviewFacts.NothingToReview(in.stepCode());
        }
        ApplicationRules.Review review = rules(round);
        String field =
                in.field() == null || in.field().isBlank() ? null : in.field().strip();
        List<ExpertEntity> pool = experts.pool(actor.regionPath());
        List<PanelRows.Conflict> conflicts =
                detect(waiting.stream().map(DossierAtStep::dossier).toList(), pool, review, actor);
        Set<Long> conflicted =
                conflicts.stream().map(PanelRows.Conflict::expertId).collect(Collectors.toSet());
        List<Long> eligible = new ArrayList<>();
        List<PanelRows.Skipped> skipped = new ArrayList<>();
        for (ExpertEntity e : pool) {
            if (e.removed()) {
                skipped.add(new PanelRows.Skipped(e.id(), "REMOVED", null));
            } else if (field != null && !e.fields().contains(field)) {
                skipped.add(new PanelRows.Skipped(e.id(), "FIELD", String.join("、", e.fields())));
            } else if (conflicted.contains(e.id())) {
                skipped.add(new PanelRows.Skipped(e.id(), "CONFLICT", conflictWords(e.id(), conflicts)));
            } else {
                eligible.add(e.id());
            }
        }
        if (eligible.size() < size) {
            throw new ReviewFacts.TooFewEligible(eligible.size(), size);
        }
        PanelDraw.Draw draw = PanelDraw.draw(SEEDS.nextLong(), PanelDraw.ALGORITHM, eligible, size, alternates);
        PanelEntity panel = panels.saveAndFlush(new PanelEntity(
                round.id(),
                in.stepCode(),
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
        for (PanelRows.Skipped s : skipped) {
            rows.addSkipped(panel.id(), s.expertId(), s.reason(), s.detail());
        }
        for (DossierAtStep d : waiting) {
            rows.cover(panel.id(), d.dossier().id(), in.stepCode());
        }
        return view(panel, actor);
    }

    /** Adds a pool expert by name with a reason, as a scoring member; refused when conflicted or removed. */
    @Transactional
    public PanelView add(long panelId, Long expertId, String reason, Actor actor) {
        if (expertId == null) {
            throw ApiException.invalid("expertId", "review.input.required");
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "review.input.required");
        }
        if (reason.length() > 500) {
            throw ApiException.invalid("reason", "review.input.too-long", 500);
        }
        PanelEntity panel = locked(panelId, actor);
        panel.requireOpen();
        ExpertEntity e = experts.findById(expertId)
                .filter(x -> x.poolRegionPath().equals(panel.poolRegionPath()))
                .orElseThrow(ReviewFacts.ExpertNotFound::new);
        if (e.removed()) {
            throw new ReviewFacts.ExpertRemoved();
        }
        List<PanelRows.Member> members = rows.members(panel.id());
        if (members.stream().anyMatch(m -> m.expertId() == e.id())) {
            throw new ReviewFacts.AlreadyOnPanel();
        }
        List<DossierSummary> cases =
                List.copyOf(lines.summaries(coveredIds(panel)).values());
        if (!detect(cases, List.of(e), rules(panel), actor).stream()
                .filter(c -> c.expertId() == e.id())
                .toList()
                .isEmpty()) {
            throw new ReviewFacts.ExpertConflicted(e.name());
        }
        rows.addMember(panel.id(), e.id(), "MEMBER", "ADDED", reason.strip(), members.size());
        return view(panel, actor);
    }

    /** Re-runs conflict detection for the covered dossiers; declared and pinned conflicts stay. */
    @Transactional
    public List<ConflictView> detect(long panelId, Actor actor) {
        PanelEntity panel = visible(panelId, actor);
        List<DossierSummary> cases =
                List.copyOf(lines.summaries(coveredIds(panel)).values());
        List<ExpertEntity> pool = experts.pool(panel.poolRegionPath());
        return conflictViews(detect(cases, pool, rules(panel), actor), pool);
    }

    /** A typed conflict as the province reads it. */
    public record ConflictView(
            long id, long expertId, String expertName, long dossierId, String type, String source, String detail) {}

    /** The conflicts recorded for a covered dossier. */
    public List<ConflictView> conflicts(long panelId, long dossierId, Actor actor) {
        PanelEntity panel = visible(panelId, actor);
        requireCovered(panel, dossierId);
        return conflictViews(rows.conflicts(List.of(dossierId)), experts.pool(panel.poolRegionPath()));
    }

    /** Pins an automatic conflict: the province confirms it, and detection no longer clears it. */
    @Transactional
    public List<ConflictView> pin(long panelId, long dossierId, long conflictId, Actor actor) {
        PanelEntity panel = visible(panelId, actor);
        requireCovered(panel, dossierId);
        if (!rows.pin(conflictId, dossierId)) {
            throw ApiException.conflict("review.conflict.not-pinnable");
        }
        return conflicts(panelId, dossierId, actor);
    }

    /** The disagreement view of one dossier: scores by alias, spreads, reconciliations. 409 while sealed. */
    public DossierScores scores(long panelId, long dossierId, Actor actor) {
        PanelEntity panel = visible(panelId, actor);
        requireCovered(panel, dossierId);
        Scoreboard board = results.board(panel, dossierId);
        if (!board.open()) {
            throw new ReviewFacts.ScoresSealed();
        }
        Map<Long, String> aliases = board.aliases();
        List<AliasSheet> sheets = board.submitted().stream()
                .map(s -> new AliasSheet(aliases.get(s.expertId()), s.scores(), s.opinion()))
                .sorted(java.util.Comparator.comparing(AliasSheet::alias))
                .toList();
        Map<String, String> reconciled = rows.reconciliations(panel.id()).stream()
                .filter(r -> r.dossierId() == dossierId)
                .collect(Collectors.toMap(PanelRows.Reconciliation::criterionCode, PanelRows.Reconciliation::text));
        return new DossierScores(
                dossierId, results.result(panel, board), sheets, board.needingReconciliation(), reconciled);
    }

    /** Records the written reconciliation of a criterion whose spread exceeds the threshold. */
    @Transactional
    public DossierScores reconcile(long panelId, long dossierId, String criterion, String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "review.input.required");
        }
        if (text.length() > 2000) {
            throw ApiException.invalid("text", "review.input.too-long", 2000);
        }
        PanelEntity panel = locked(panelId, actor);
        panel.requireOpen();
        requireCovered(panel, dossierId);
        Scoreboard board = results.board(panel, dossierId);
        if (!board.open()) {
            throw new ReviewFacts.ScoresSealed();
        }
        if (!board.needingReconciliation().contains(criterion)) {
            throw new ReviewFacts.NoReconciliationNeeded(criterion);
        }
        rows.reconcile(panel.id(), dossierId, criterion, text.strip(), actor.username(), clock.instant());
        return scores(panelId, dossierId, actor);
    }

    /**
     * Closes the panel and locks its scores. Requires, for every covered dossier, at least one scorer
     * (else 409 naming the dossier), every scorer's sheet and a reconciliation of each criterion whose
     * spread exceeds the threshold. Two closes at once: the row lock queues the second, which then finds
     * the panel closed (409); a stale version is 409 too.
     */
    @Transactional
    public PanelView close(long panelId, Long version, Actor actor) {
        PanelEntity panel = locked(panelId, actor);
        panel.requireOpen();
        if (version == null || version != panel.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        int missing = 0;
        int unreconciled = 0;
        Map<String, Set<String>> reconciled = new java.util.HashMap<>();
        rows.reconciliations(panel.id())
                .forEach(r -> reconciled
                        .computeIfAbsent(Long.toString(r.dossierId()), k -> new HashSet<>())
                        .add(r.criterionCode()));
        for (Long dossierId : coveredIds(panel)) {
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
                Set<String> done = reconciled.getOrDefault(Long.toString(dossierId), Set.of());
                unreconciled += (int) board.needingReconciliation().stream()
                        .filter(c -> !done.contains(c))
                        .count();
            }
        }
        if (missing > 0 || unreconciled > 0) {
            throw new ReviewFacts.NotReadyToClose(missing, unreconciled);
        }
        panels.saveAndFlush(panel.close(actor.username(), clock.instant()));
        return view(panel, actor);
    }

    /**
     * The province's decision on a covered dossier after the close: {@code PASS} completes the step with
     * the aggregated result as its opinion; {@code RETURN} sends the dossier back to the subject with the
     * reason. Once per dossier (a second is 409).
     */
    @Transactional
    public PanelView decide(long panelId, long dossierId, String decision, String reason, Actor actor) {
        if (!"PASS".equals(decision) && !"RETURN".equals(decision)) {
            throw ApiException.invalid("decision", "review.input.decision");
        }
        if ("RETURN".equals(decision) && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "review.input.required");
        }
        PanelEntity panel = visible(panelId, actor);
        if (!panel.closed()) {
            throw new ReviewFacts.PanelOpen();
        }
        requireCovered(panel, dossierId);
        DossierAtStep at = dossiers.find(dossierId).orElseThrow(ReviewFacts.PanelNotFound::new);
        if (!panel.stepCode().equals(at.currentStepCode())) {
            throw new ReviewFacts.AlreadyDecided();
        }
        if (!rows.decide(
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
        return view(panel, actor);
    }

    private List<PanelRows.Conflict> detect(
            List<DossierSummary> cases, List<ExpertEntity> pool, ApplicationRules.Review review, Actor actor) {
        int lookBack = review.recusal() == null ? 3 : review.recusal().lookBackYears();
        List<Recusal.Case> rules = cases.stream()
                .map(d -> new Recusal.Case(
                        d.id(),
                        new ConflictRules.Applicant(
                                d.regionCode(), regions.require(d.regionCode()).path())))
                .toList();
        return recusal.detect(
                rules, pool, lookBack, LocalDate.ofInstant(clock.instant(), ZONE), actor.username(), clock.instant());
    }

    private static String conflictWords(long expertId, List<PanelRows.Conflict> conflicts) {
        return conflicts.stream()
                .filter(c -> c.expertId() == expertId)
                .map(c -> c.type() + "#" + c.dossierId())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private List<ConflictView> conflictViews(List<PanelRows.Conflict> conflicts, List<ExpertEntity> pool) {
        Map<Long, String> names = pool.stream().collect(Collectors.toMap(ExpertEntity::id, ExpertEntity::name));
        return conflicts.stream()
                .filter(c -> names.containsKey(c.expertId()))
                .map(c -> new ConflictView(
                        c.id(), c.expertId(), names.get(c.expertId()), c.dossierId(), c.type(), c.source(), c.detail()))
                .toList();
    }

    private List<Long> coveredIds(PanelEntity panel) {
        return rows.covered(panel.id()).stream()
                .map(PanelRows.Coverage::dossierId)
                .toList();
    }

    private void requireCovered(PanelEntity panel, long dossierId) {
        if (!coveredIds(panel).contains(dossierId)) {
            throw new ReviewFacts.PanelNotFound();
        }
    }

    private ApplicationRules.Review rules(RoundView round) {
        return results.review(round.regulationCode(), round.regulationVersion());
    }

    private ApplicationRules.Review rules(PanelEntity panel) {
        return results.review(panel);
    }

    private RoundView round(long roundId, Actor actor) {
        RoundView round;
        try {
            round = rounds.view(roundId);
        } catch (java.util.NoSuchElementException e) {
            throw ApiException.notFound("review.round.not-found", roundId);
        }
        if (!round.jurisdictionCode().equals(actor.regionCode())) {
            throw ApiException.notFound("review.round.not-found", roundId);
        }
        return round;
    }

    private PanelEntity visible(long panelId, Actor actor) {
        return panels.findById(panelId)
                .filter(p -> p.poolRegionPath().equals(actor.regionPath()))
                .orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    private PanelEntity locked(long panelId, Actor actor) {
        visible(panelId, actor);
        return panels.lockById(panelId).orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    private PanelView view(PanelEntity p, Actor actor) {
        List<PanelRows.Member> members = rows.members(p.id());
        Map<Long, ExpertEntity> byId = experts.pool(p.poolRegionPath()).stream()
                .collect(Collectors.toMap(ExpertEntity::id, Function.identity()));
        List<MemberView> memberViews = members.stream()
                .map(m -> new MemberView(
                        m.expertId(),
                        byId.get(m.expertId()).name(),
                        byId.get(m.expertId()).organization(),
                        m.alias(),
                        m.seat(),
                        m.how(),
                        m.reason()))
                .toList();
        List<SkippedView> skipped = rows.skipped(p.id()).stream()
                .map(s -> new SkippedView(s.expertId(), byId.get(s.expertId()).name(), s.reason(), s.detail()))
                .toList();
        List<PanelRows.Coverage> covered = rows.covered(p.id());
        List<PanelRows.Sheet> sheets = rows.sheets(p.id());
        List<PanelRows.Conflict> conflicts = rows.conflicts(
                covered.stream().map(PanelRows.Coverage::dossierId).toList());
        ApplicationRules.Review review = rules(p);
        Map<Long, DossierAtStep> at = dossiers.ofRound(p.roundId(), actor).stream()
                .collect(Collectors.toMap(d -> d.dossier().id(), Function.identity()));
        List<DossierProgress> progress = new ArrayList<>();
        for (PanelRows.Coverage c : covered) {
            Set<Long> conflicted = conflicts.stream()
                    .filter(x -> x.dossierId() == c.dossierId())
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
                    d == null ? null : d.currentStepCode()));
        }
        ApplicationRules.Scoring s = review.scoring();
        return new PanelView(
                p.id(),
                p.roundId(),
                p.stepCode(),
                p.state(),
                p.field(),
                p.size(),
                p.alternates(),
                p.seed(),
                p.algorithm(),
                p.eligible(),
                memberViews,
                skipped,
                progress,
                s.aggregation().name(),
                s.maxPerCriterion(),
                s.spreadThreshold(),
                s.citation() == null ? null : s.citation().noteZh(),
                p.version());
    }
}
