package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseAccess;
import cn.ecozone.cases.internal.CaseProcedure;
import cn.ecozone.cases.internal.CaseViews;
import cn.ecozone.cases.internal.ReviewerRows;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.review.CaseExperts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' review of a case (Xilingol art. 13 委员会办公室组织专家进行材料审核, against the four
 * criteria of art. 12): the office appoints experts of the province pool, never one the review module's
 * recusal rules find in conflict with the case's region (Xilingol art. 11 严格执行回避制度), nor a removed
 * one; each appointed expert scores every criterion 0–100 with a comment (the seeds set no scale: the
 * platform's, see docs/cases.md); the REVIEW step completes once all have scored ({@code CASE_REVIEWED}).
 */
@Service
@Transactional(readOnly = true)
public class CaseReviewManagement {

    /** The recusal look-back where the regulation names none (the platform's; the shipped files say 3). */
    static final int DEFAULT_LOOK_BACK_YEARS = 3;

    private final TypicalCases cases;
    private final CaseAccess access;
    private final CaseProcedure procedure;
    private final CaseViews views;
    private final ReviewerRows reviewers;
    private final CaseExperts experts;
    private final Clock clock;

    CaseReviewManagement(
            TypicalCases cases,
            CaseAccess access,
            CaseProcedure procedure,
            CaseViews views,
            ReviewerRows reviewers,
            CaseExperts experts,
            Clock clock) {
        this.cases = cases;
        this.access = access;
        this.procedure = procedure;
        this.views = views;
        this.reviewers = reviewers;
        this.experts = experts;
        this.clock = clock;
    }

    /** An expert's scores for every criterion. */
    public record ScoreInput(List<CaseView.Score> scores) {}

    /**
     * The pool's experts for the case with their conflicts with its region, for the office while the
     * case is at REVIEW (403 for anybody else who reads the case).
     */
    public List<CaseExperts.Candidate> candidates(long id, Actor actor) {
        TypicalCaseEntity c = access.readable(id, actor);
        requireOffice(c, actor);
        return candidatesOf(c);
    }

    /**
     * The office appoints experts for the case's current review: each must be eligible (in the pool,
     * not removed, no conflict with the region, with an account), else 422 naming it and nobody is
     * appointed. Appointing one twice is 409.
     */
    @Transactional
    public CaseView appoint(long id, Long version, List<Long> expertIds, Actor actor) {
        if (expertIds == null || expertIds.isEmpty()) {
            throw ApiException.invalid("expertIds", "cases.input.required");
        }
        if (expertIds.size() > 20) {
            throw ApiException.invalid("expertIds", "cases.input.too-many", 20);
        }
        TypicalCaseEntity c = access.locked(id, version, actor);
        requireOffice(c, actor);
        Map<Long, CaseExperts.Candidate> pool =
                candidatesOf(c).stream().collect(Collectors.toMap(CaseExperts.Candidate::id, Function.identity()));
        int opening = procedure.opening(c);
        Set<Long> seated = new HashSet<>();
        reviewers.seats(c.id(), opening).forEach(s -> seated.add(s.expertId()));
        List<CaseExperts.Candidate> chosen = new ArrayList<>();
        for (Long expertId : new LinkedHashSet<>(expertIds)) {
            CaseExperts.Candidate e = expertId == null ? null : pool.get(expertId);
            if (e == null) {
                throw ApiException.invalid("expertIds", "cases.input.expert");
            }
            if (!e.eligible()) {
                throw new CaseFacts.ExpertNotEligible(e.name());
            }
            if (seated.contains(e.id())) {
                throw ApiException.conflict("cases.expert-appointed", e.name());
            }
            chosen.add(e);
        }
        for (CaseExperts.Candidate e : chosen) {
            reviewers.appoint(c.id(), opening, e.id(), e.name(), e.userId(), actor.username(), clock.instant());
        }
        return views.view(c, actor);
    }

    /**
     * The appointed expert scores every criterion of the case's regulation (0–100, a comment of at most
     * 1,000 characters), replacing what it scored before while the review is open. 404 for an expert
     * not appointed to the current review.
     */
    @Transactional
    public CaseView score(long id, ScoreInput in, Actor actor) {
        TypicalCaseEntity c = cases.lockById(id).orElseThrow(CaseFacts.CaseNotFound::new);
        ReviewerRows.Seat seat = c.state() != CaseState.REVIEWING
                ? null
                : reviewers.seatOf(c.id(), procedure.opening(c), actor.userId()).orElse(null);
        if (seat == null) {
            throw new CaseFacts.NotAppointed();
        }
        List<String> codes = procedure.regulation(c).typicalCases().criteria().stream()
                .map(ApplicationRules.Rule::code)
                .toList();
        List<CaseView.Score> given = in.scores() == null ? List.of() : in.scores();
        List<CaseView.Score> checked = new ArrayList<>();
        for (String code : codes) {
            CaseView.Score s = given.stream()
                    .filter(x -> x != null && code.equals(x.criterion()))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalid("scores." + code, "cases.input.required"));
            if (s.score() < 0 || s.score() > 100) {
                throw ApiException.invalid("scores." + code, "cases.input.range", 0, 100);
            }
            String comment = s.comment() == null || s.comment().isBlank()
                    ? null
                    : s.comment().strip();
            if (comment != null && comment.length() > 1000) {
                throw ApiException.invalid("scores." + code, "cases.input.too-long", 1000);
            }
            checked.add(new CaseView.Score(code, s.score(), comment));
        }
        if (given.size() != codes.size()) {
            throw ApiException.invalid("scores", "cases.input.criteria");
        }
        reviewers.score(seat.id(), checked, clock.instant());
        return views.view(c, actor);
    }

    /** The cases the expert was appointed to, newest first, a page at a time; {@code q} searches title and unit. */
    public PageResult<CaseSummary> mine(String q, int page, int size, Actor actor) {
        int p = Math.max(page, 0);
        int s = Math.clamp(size, 1, 100);
        List<Long> ids = reviewers.casesOf(actor.userId(), Like.containing(q));
        List<Long> slice = ids.stream().skip((long) p * s).limit(s).toList();
        Map<Long, TypicalCaseEntity> found =
                cases.findAllById(slice).stream().collect(Collectors.toMap(TypicalCaseEntity::id, x -> x));
        List<CaseSummary> content = slice.stream()
                .map(found::get)
                .map(c -> new CaseSummary(
                        c.id(),
                        c.title(),
                        c.regionCode(),
                        null,
                        c.unitName(),
                        c.path(),
                        c.year(),
                        c.state(),
                        c.publishedAt(),
                        c.updatedAt()))
                .toList();
        return new PageResult<>(content, p, s, ids.size());
    }

    private void requireOffice(TypicalCaseEntity c, Actor actor) {
        if (c.state() != CaseState.REVIEWING) {
            throw new CaseFacts.CaseNotAt(c.state());
        }
        if (!CaseViews.office(c, actor) || !procedure.mayAct(c, CaseProcedure.REVIEW, actor)) {
            throw new CaseFacts.NotTheActor();
        }
    }

    private List<CaseExperts.Candidate> candidatesOf(TypicalCaseEntity c) {
        return experts.candidates(
                c.regionCode(),
                lookBackYears(procedure.regulation(c)),
                LocalDate.now(clock.withZone(CaseManagement.ZONE)));
    }

    private static int lookBackYears(Regulation r) {
        if (r.application() == null
                || r.application().review() == null
                || r.application().review().recusal() == null) {
            return DEFAULT_LOOK_BACK_YEARS;
        }
        return r.application().review().recusal().lookBackYears();
    }
}
