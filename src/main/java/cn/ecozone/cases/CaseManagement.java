package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseAccess;
import cn.ecozone.cases.internal.CaseChecks;
import cn.ecozone.cases.internal.CaseProcedure;
import cn.ecozone.cases.internal.CaseRecommenders;
import cn.ecozone.cases.internal.CaseRows;
import cn.ecozone.cases.internal.CaseViews;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typical cases as staff keep them (issue 13 §5): a region's government drafts and recommends a case
 * under the regulation in force for its region and programme; the office (Xilingol: the committee
 * office, art. 13; Guizhou and IM: the department, marked uncertain in the data) closes the experts'
 * review, publishes, returns with a reason or rejects with a reason. Photos: {@link CasePhotos}; the
 * experts: {@link CaseReviewManagement}.
 */
@Service
@Transactional(readOnly = true)
public class CaseManagement {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final TypicalCases cases;
    private final CaseRows rows;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseProcedure procedure;
    private final CaseRecommenders recommenders;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final Clock clock;

    CaseManagement(
            TypicalCases cases,
            CaseRows rows,
            CaseAccess access,
            CaseViews views,
            CaseProcedure procedure,
            CaseRecommenders recommenders,
            RegulationManagement regulations,
            RegionManagement regions,
            Clock clock) {
        this.cases = cases;
        this.rows = rows;
        this.access = access;
        this.views = views;
        this.procedure = procedure;
        this.recommenders = recommenders;
        this.regulations = regulations;
        this.regions = regions;
        this.clock = clock;
    }

    /** What the office sends with an act: the case's version, a review's outcome, an opinion or reason. */
    public record Decision(Long version, String outcome, String opinion) {}

    /** The case; 404 outside the reader's scope, a draft of another region, or an expert not appointed to it. */
    public CaseView view(long id, Actor actor) {
        return views.view(access.readable(id, actor), actor);
    }

    /**
     * The region's government drafts a case under the regulation in force for its region and the
     * programme; 422 when that regulation has no typical-case selection; 409 when it lets only titled
     * regions recommend and this one holds no valid title ({@link CaseFacts.NotARecommender}).
     */
    @Transactional
    public CaseView create(CaseInput in, Actor actor) {
        Region region = regions.require(actor.regionCode());
        if (!SubjectRoles.isGovernment(actor, region.code(), region.level())) {
            throw new CaseFacts.NotTheActor();
        }
        Programme programme = programme(in.programme());
        CaseChecks.Checked checked = CaseChecks.check(in, today().getYear());
        Regulation r = regulations
                .applicable(programme, region.path(), today())
                .filter(x ->
                        x.typicalCases() != null && !x.typicalCases().steps().isEmpty())
                .orElseThrow(() -> new CaseFacts.NoSelection(programme.name()));
        recommenders.require(r, programme, region.code()); // typical_cases.recommenders (XL 13, GZ 17, IM TM 15)
        TypicalCaseEntity c = cases.saveAndFlush(new TypicalCaseEntity(
                region.code(),
                region.path(),
                new TypicalCaseEntity.Pinned(programme.name(), r.code(), r.version(), r.jurisdiction()),
                checked.content(),
                actor.username(),
                clock.instant()));
        rows.replaceResults(c.id(), checked.results());
        return views.view(c, actor);
    }

    /** The government changes its draft or returned case ({@code version} as read). */
    @Transactional
    public CaseView update(long id, CaseInput in, Actor actor) {
        TypicalCaseEntity c = access.ownLocked(id, in.version(), actor);
        CaseChecks.Checked checked = CaseChecks.check(in, today().getYear());
        c = cases.saveAndFlush(c.edit(checked.content(), clock.instant()));
        rows.replaceResults(c.id(), checked.results());
        return views.view(c, actor);
    }

    /** The government recommends its case to the office (RECOMMEND, Xilingol art. 13). */
    @Transactional
    public CaseView recommend(long id, Long version, Actor actor) {
        TypicalCaseEntity c = access.ownLocked(id, version, actor);
        c.requireWithSubject();
        // the title may have ended since the draft was made
        recommenders.require(procedure.regulation(c), Programme.valueOf(c.programme()), c.regionCode());
        procedure.recommend(c, actor);
        return views.view(cases.saveAndFlush(c), actor);
    }

    /**
     * The office acts: {@code review} closes the experts' review (outcome PASS, REVISE or FAIL; refused
     * until every appointed expert has scored), {@code publish} publishes, {@code reject} ends the case
     * with a reason, {@code return} sends it back with a reason (from the review to its government,
     * from the decision to the review). Two offices at once: one wins, the other gets 409.
     */
    @Transactional
    public CaseView act(long id, String action, Decision d, Actor actor) {
        TypicalCaseEntity c = access.locked(id, d.version(), actor);
        switch (action) {
            case "review" -> {
                requireAt(c, CaseState.REVIEWING);
                procedure.moved(
                        c,
                        procedure.act(
                                c,
                                CaseProcedure.REVIEW,
                                required("outcome", d.outcome(), 16),
                                CaseChecks.optional("opinion", d.opinion(), 500),
                                actor));
            }
            case "publish" -> {
                requireAt(c, CaseState.DECIDING);
                procedure.act(c, CaseProcedure.PUBLISH, null, CaseChecks.optional("opinion", d.opinion(), 500), actor);
                c.decided(true, null, clock.instant());
            }
            case "reject" -> {
                requireAt(c, CaseState.DECIDING);
                String reason = required("opinion", d.opinion(), 500);
                procedure.act(c, CaseProcedure.PUBLISH, null, "不予发布：" + reason, actor);
                c.decided(false, reason, clock.instant());
            }
            case "return" -> {
                if (c.state() != CaseState.REVIEWING && c.state() != CaseState.DECIDING) {
                    throw new CaseFacts.CaseNotAt(c.state());
                }
                procedure.returnWithReason(c, required("opinion", d.opinion(), 500), actor);
            }
            default -> throw ApiException.notFound("cases.action.unknown", action);
        }
        return views.view(cases.saveAndFlush(c), actor);
    }

    private static void requireAt(TypicalCaseEntity c, CaseState state) {
        if (c.state() != state) {
            throw new CaseFacts.CaseNotAt(c.state());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The pattern of the paths under a region (a path holds digits and slashes only); 400 for an unknown code. */
    static String regionPattern(RegionManagement regions, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return "%";
        }
        try {
            return regions.require(regionCode.strip()).path() + "%";
        } catch (ApiException e) {
            throw ApiException.invalid("regionCode", "cases.input.region");
        }
    }

    private static Programme programme(String given) {
        try {
            return Programme.valueOf(required("programme", given, 32));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("programme", "cases.input.programme");
        }
    }

    private static String required(String field, String value, int max) {
        return CaseChecks.required(field, value, max);
    }
}
