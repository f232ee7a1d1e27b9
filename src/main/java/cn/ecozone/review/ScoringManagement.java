package cn.ecozone.review;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierForReview;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.review.internal.ExpertEntity;
import cn.ecozone.review.internal.ExpertReviews;
import cn.ecozone.review.internal.Experts;
import cn.ecozone.review.internal.PanelEntity;
import cn.ecozone.review.internal.PanelResults;
import cn.ecozone.review.internal.PanelRows;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.review.internal.Scoreboard;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's side of a panel (issue 12 §2): the panels the expert scores, the dossiers to read, the
 * private score sheet against the regulation's rubric, and the conflict the expert declares. An expert
 * with a conflict with a dossier gets 404 on it, as does anyone not on the panel.
 */
@Service
@Transactional(readOnly = true)
public class ScoringManagement {

    private final Experts experts;
    private final Panels panels;
    private final PanelRows rows;
    private final PanelResults results;
    private final DossierSteps dossiers;
    private final DossierForReview reading;
    private final ExpertReviews reviews;
    private final Clock clock;

    ScoringManagement(
            Experts experts,
            Panels panels,
            PanelRows rows,
            PanelResults results,
            DossierSteps dossiers,
            DossierForReview reading,
            ExpertReviews reviews,
            Clock clock) {
        this.reviews = reviews;
        this.experts = experts;
        this.panels = panels;
        this.rows = rows;
        this.results = results;
        this.dossiers = dossiers;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * One dossier the expert scores on one panel (a dossier it has a conflict with never shows), and
     * whether the expert's sheet is submitted.
     */
    public record MyReview(
            long panelId,
            long roundId,
            String stepCode,
            String panelState,
            String alias,
            long dossierId,
            String subjectName,
            String regionCode,
            boolean submitted) {}

    public record Criterion(String code, String textZh, String article) {}

    /** The expert's sheet for one dossier, and the panel's result once open. */
    public record SheetView(
            long panelId,
            long dossierId,
            String subjectName,
            String alias,
            String panelState,
            List<Criterion> rubric,
            BigDecimal maxPerCriterion,
            String scoringNote,
            Map<String, BigDecimal> scores,
            String opinion,
            boolean submitted,
            PanelResult result) {}

    /** What an expert writes: scores by criterion code, the opinion, and whether to submit (final). */
    public record SheetInput(Map<String, BigDecimal> scores, String opinion, Boolean submit) {}

    /**
     * A page of the dossiers the expert scores, newest panel first; {@code state} is {@code TO_SCORE},
     * {@code SUBMITTED} or absent (all); {@code q}, when given, keeps the dossiers whose subject's name
     * contains it. Empty for an expert account not linked to a pool expert. A constant number of
     * statements whatever the number of panels and dossiers.
     */
    public PageResult<MyReview> mine(String state, String q, int page, int size, Actor actor) {
        ExpertReviews.Filter filter = ExpertReviews.Filter.of(state);
        PageRequest request = Paging.of(page, size, 100);
        ExpertEntity me =
                experts.findByUserId(actor.userId()).filter(e -> !e.removed()).orElse(null);
        PageResult<MyReview> none = new PageResult<>(List.of(), request.getPageNumber(), request.getPageSize(), 0);
        if (me == null) {
            return none;
        }
        Set<Long> only = null;
        if (q != null && !q.isBlank()) {
            only = reading.named(reviews.dossiers(me.id(), filter), Like.containing(q));
            if (only.isEmpty()) {
                return none;
            }
        }
        List<ExpertReviews.Row> found = reviews.page(me.id(), filter, only, request.getOffset(), request.getPageSize());
        long total = reviews.count(me.id(), filter, only);
        Map<Long, cn.ecozone.dossier.DossierSummary> lines = found.isEmpty()
                ? Map.of()
                : reading.summaries(
                        found.stream().map(ExpertReviews.Row::dossierId).collect(Collectors.toSet()));
        List<MyReview> content = found.stream()
                .map(r -> new MyReview(
                        r.panelId(),
                        r.roundId(),
                        r.stepCode(),
                        r.panelState(),
                        r.alias(),
                        r.dossierId(),
                        lines.get(r.dossierId()).subjectName(),
                        lines.get(r.dossierId()).regionCode(),
                        r.submittedAt() != null))
                .toList();
        return new PageResult<>(content, request.getPageNumber(), request.getPageSize(), total);
    }

    /**
     * A file of a dossier the expert scores, read-only. 404 (as for a dossier that does not exist) unless
     * the expert holds a scoring seat on the panel, it covers the dossier, the expert has no conflict with
     * it and the dossier holds the file.
     */
    public StoredDocument document(long panelId, long dossierId, long documentId, Actor actor) {
        ExpertEntity me = me(actor);
        scorable(panelId, dossierId, me);
        return reading.document(dossierId, documentId).orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    /** The bytes of a file found by {@link #document}; the read is audited. */
    public InputStream open(StoredDocument document) throws IOException {
        return reading.open(document);
    }

    /** The dossier's materials, read-only. 404 unless the expert scores it on this panel. */
    public DossierForReview.Reading dossier(long panelId, long dossierId, Actor actor) {
        ExpertEntity me = me(actor);
        scorable(panelId, dossierId, me);
        return reading.read(dossierId, actor).orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    public SheetView sheet(long panelId, long dossierId, Actor actor) {
        ExpertEntity me = me(actor);
        PanelEntity p = scorable(panelId, dossierId, me);
        return sheetView(p, dossierId, me);
    }

    /**
     * Saves the expert's sheet; with {@code submit} it is final and must hold every criterion and an
     * opinion. Each score lies in 0..{@code maxPerCriterion}, whole or half points. Refused once the
     * sheet was submitted or the panel closed.
     */
    @Transactional
    public SheetView save(long panelId, long dossierId, SheetInput in, Actor actor) {
        ExpertEntity me = me(actor);
        // Lock first, then check the seat: a replacement locks the panel too, so it either committed
        // before (the REMOVED seat is seen and refused) or waits until this save is done.
        PanelEntity p = panels.lockById(panelId).orElseThrow(ReviewFacts.PanelNotFound::new);
        scorable(panelId, dossierId, me);
        p.requireOpen();
        boolean already = rows.sheets(p.id()).stream()
                .anyMatch(s -> s.expertId() == me.id() && s.dossierId() == dossierId && s.submitted());
        if (already) {
            throw new ReviewFacts.SheetSubmitted();
        }
        ApplicationRules.Review review = results.review(p);
        BigDecimal max = review.scoring().maxPerCriterion();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> given = in.scores() == null ? Map.of() : in.scores();
        Set<String> codes =
                review.criteria().stream().map(ApplicationRules.Rule::code).collect(Collectors.toSet());
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            BigDecimal v = e.getValue();
            if (!codes.contains(e.getKey())) {
                throw new ReviewFacts.ScoreInvalid(e.getKey(), max);
            }
            if (v == null) {
                continue;
            }
            boolean halfPoints = v.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
            if (v.signum() < 0 || v.compareTo(max) > 0 || !halfPoints) {
                throw new ReviewFacts.ScoreInvalid(e.getKey(), max);
            }
            scores.put(e.getKey(), v);
        }
        String opinion = in.opinion() == null ? null : in.opinion().strip();
        if (opinion != null && opinion.length() > 4000) {
            throw ApiException.invalid("opinion", "review.input.too-long", 4000);
        }
        boolean submit = Boolean.TRUE.equals(in.submit());
        if (submit) {
            for (ApplicationRules.Rule c : review.criteria()) {
                if (!scores.containsKey(c.code())) {
                    throw new ReviewFacts.ScoreInvalid(c.code(), max);
                }
            }
            if (opinion == null || opinion.isEmpty()) {
                throw new ReviewFacts.OpinionRequired();
            }
        }
        rows.writeSheet(p.id(), dossierId, me.id(), opinion, scores, submit ? clock.instant() : null);
        return sheetView(p, dossierId, me);
    }

    /**
     * The expert declares a conflict with a dossier of its panel; from then on it does not score it.
     * Refused (409) once the panel has closed; the panel's row is locked first, so a close queues.
     */
    @Transactional
    public void declare(long panelId, long dossierId, String note, Actor actor) {
        if (note == null || note.isBlank()) {
            throw ApiException.invalid("note", "review.input.required");
        }
        if (note.length() > 500) {
            throw ApiException.invalid("note", "review.input.too-long", 500);
        }
        ExpertEntity me = me(actor);
        PanelEntity p = panels.lockById(panelId).orElseThrow(ReviewFacts.PanelNotFound::new);
        scorable(p.id(), dossierId, me);
        p.requireOpen();
        rows.addConflict(
                me.id(), dossierId, "DECLARED_BY_EXPERT", "DECLARED", note.strip(), actor.username(), clock.instant());
    }

    private SheetView sheetView(PanelEntity p, long dossierId, ExpertEntity me) {
        ApplicationRules.Review review = results.review(p);
        PanelRows.Sheet mine = rows.sheets(p.id()).stream()
                .filter(s -> s.expertId() == me.id() && s.dossierId() == dossierId)
                .findFirst()
                .orElse(null);
        Scoreboard board = results.board(p, dossierId);
        DossierAtStep d = dossiers.find(dossierId).orElseThrow();
        return new SheetView(
                p.id(),
                dossierId,
                d.dossier().subjectName(),
                seat(p, me).alias(),
                p.state(),
                review.criteria().stream()
                        .map(c -> new Criterion(
                                c.code(),
                                c.textZh(),
                                c.citation() == null ? null : c.citation().article()))
                        .toList(),
                review.scoring().maxPerCriterion(),
                review.scoring().citation() == null
                        ? null
                        : review.scoring().citation().noteZh(),
                mine == null ? Map.of() : mine.scores(),
                mine == null ? null : mine.opinion(),
                mine != null && mine.submitted(),
                results.result(p, board));
    }

    /** The panel, when the expert holds a scoring seat on it, it covers the dossier and there is no conflict. */
    private PanelEntity scorable(long panelId, long dossierId, ExpertEntity me) {
        PanelEntity p = panels.findById(panelId).orElseThrow(ReviewFacts.PanelNotFound::new);
        PanelRows.Member seat = seat(p, me);
        boolean covered = rows.covered(p.id()).stream().anyMatch(c -> c.dossierId() == dossierId);
        if (!"MEMBER".equals(seat.seat()) || !covered || rows.conflicted(me.id(), dossierId)) {
            throw new ReviewFacts.PanelNotFound();
        }
        return p;
    }

    private PanelRows.Member seat(PanelEntity p, ExpertEntity me) {
        return rows.members(p.id()).stream()
                .filter(m -> m.expertId() == me.id())
                .findFirst()
                .orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    private ExpertEntity me(Actor actor) {
        return experts.findByUserId(actor.userId())
                .filter(e -> !e.removed())
                .orElseThrow(ReviewFacts.PanelNotFound::new);
    }
}
