package cn.ecozone.plan;

import cn.ecozone.plan.PlanFacts.NotTheActor;
import cn.ecozone.plan.PlanFacts.OutsideJurisdiction;
import cn.ecozone.plan.PlanFacts.ValueOutOfRange;
import cn.ecozone.plan.internal.PlanActors;
import cn.ecozone.plan.internal.PlanContentChecks;
import cn.ecozone.plan.internal.PlanEntity;
import cn.ecozone.plan.internal.PlanHeaders;
import cn.ecozone.plan.internal.PlanLists;
import cn.ecozone.plan.internal.PlanMoves;
import cn.ecozone.plan.internal.PlanPaths;
import cn.ecozone.plan.internal.PlanProcedure;
import cn.ecozone.plan.internal.PlanReader;
import cn.ecozone.plan.internal.PlanSteps;
import cn.ecozone.plan.internal.PlanViews;
import cn.ecozone.plan.internal.Plans;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans from draft to filing. A subject creates a plan under the regulation in force for its
 * programme and jurisdiction; the plan is pinned to that regulation's path for the subject's level,
 * which runs on the procedure engine (one run per revision), and moves only through {@link #act}.
 * Data scope applies to every read (404 outside it); a move by anybody but the step's actor is refused
 * with 403; a stale version gets 409. Nothing is half-saved: each move is one transaction. The plan's
 * files (texts, the issuing document carried by a promulgation) are {@link PlanDocuments}'s.
 */
@Service
@Transactional(readOnly = true)
public class PlanManagement {

    static final ZoneId ZONE = PlanReader.ZONE;

    /** The length of the stored content column ({@code plan.content_json}). */
    private static final int MAX_CONTENT_JSON = 20000;

    private final Plans plans;
    private final PlanProcedure procedure;
    private final PlanPaths paths;
    private final PlanSteps steps;
    private final PlanMoves moves;
    private final PlanContentChecks contentChecks;
    private final PlanLists lists;
    private final PlanReader reader;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanManagement(
            Plans plans,
            PlanProcedure procedure,
            PlanPaths paths,
            PlanSteps steps,
            PlanMoves moves,
            PlanContentChecks contentChecks,
            PlanLists lists,
            PlanReader reader,
            RegulationManagement regulations,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.procedure = procedure;
        this.paths = paths;
        this.steps = steps;
        this.moves = moves;
        this.contentChecks = contentChecks;
        this.lists = lists;
        this.reader = reader;
        this.regulations = regulations;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new draft of the actor's region under the version of {@code regulationCode} that applies to it
     * today ({@link RegulationManagement#applicable}: the newest published version in force).
     * Preconditions: the actor's region lies in the regulation's jurisdiction and the actor is the
     * subject that submits on the path for its level.
     */
    @Transactional
    public PlanView create(String regulationCode, String title, Integer periodStart, Integer periodEnd, Actor actor) {
        Regulation named = regulations.latest(regulationCode, true);
        Region region = regions.require(actor.regionCode());
        // the one rule (RegulationManagement.applicable) decides the version; the code must be the one it picks
        Regulation regulation = regulations
                .applicable(named.programme(), region.path(), today())
                .filter(r -> r.code().equals(named.code()))
                .orElseThrow(() -> new OutsideJurisdiction(named.titleZh()));
        PlanPath path = paths.of(regulation, region.level());
        if (!new PlanActors(actor, region.code(), region.path()).subject(path.steps())) {
            throw new NotTheActor();
        }
        PlanHeaders.check(title, periodStart, periodEnd);
        PlanEntity plan = plans.saveAndFlush(new PlanEntity(
                regulation.code(),
                regulation.version(),
                path.programme(),
                path.planKind(),
                steps.write(path.steps()),
                region.code(),
                region.path(),
                title.strip(),
                periodStart,
                periodEnd,
                actor,
                clock.instant()));
        procedure.start(plan, actor);
        return reader.save(plan, actor);
    }

    /** Changes title and period of a draft or returned plan. */
    @Transactional
    public PlanView edit(long id, String title, Integer periodStart, Integer periodEnd, Long version, Actor actor) {
        PlanEntity plan = current(id, version, actor);
        PlanHeaders.check(title, periodStart, periodEnd);
        plan.edit(steps.read(plan), title.strip(), periodStart, periodEnd, PlanActors.of(actor, plan), clock.instant());
        procedure.retitle(plan);
        return save(plan, actor);
    }

    /**
     * Replaces the plan's targets, tasks and key projects (with the subject, or at the revision step);
     * the key projects go into the key project library by the event {@link PlanKeyProjectsSetOut}, in
     * this transaction.
     */
    @Transactional
    public PlanView setOut(long id, PlanContent content, Long version, Actor actor) {
        PlanEntity plan = current(id, version, actor);
        StepType current = procedure.currentType(plan, steps.read(plan), actor);
        plan.requireAttachable(steps.read(plan), current, PlanActors.of(actor, plan));
        contentChecks.check(content, plan.periodStart(), plan.periodEnd(), plan.subjectRegionCode(), actor);
        PlanContent keyed = content.withEntryKeys(() -> UUID.randomUUID().toString());
        String json = steps.json().writeValueAsString(keyed);
        if (json.length() > MAX_CONTENT_JSON) {
            // each row may be within its limits while all of them together exceed the stored column
            throw new ValueOutOfRange("content", "error.plan.content.too-large");
        }
        plan.setOut(steps.read(plan), current, json, PlanActors.of(actor, plan), clock.instant());
        PlanView saved = save(plan, actor);
        events.publishEvent(new PlanKeyProjectsSetOut(
                plan.id(),
                plan.title(),
                plan.subjectRegionCode(),
                plan.programme(),
                keyed.keyProjects(),
                actor.username()));
        return saved;
    }

    /**
     * Takes one move on the path; see {@link PlanCommand} for what each move needs. The plan's scope
     * and version are checked first, then the aggregate's guards (role before state).
     */
    @Transactional
    public PlanView act(long id, PlanCommand command, Actor actor) {
        PlanEntity plan = current(id, command.version(), actor);
        moves.apply(plan, command, actor);
        return save(plan, actor);
    }

    /**
     * Expires every filed plan whose period ended before this year (IM eco-civ art. 7); run daily by
     * {@code PlanExpiryJob}. Each plan is its own transaction; a plan changed meanwhile by another
     * instance fails its version check and is left to it.
     *
     * @return how many plans expired
     */
    @Transactional
    public int expireEndedPeriods() {
        int year = today().getYear();
        int expired = 0;
        for (PlanEntity plan : plans.filedEndingBefore(year)) {
            if (plan.expireAfterPeriod(year, clock.instant())) {
                plans.saveAndFlush(plan);
                procedure.record(plan, PlanRecordAction.EXPIRED, "规划期已于" + plan.periodEnd() + "年届满", List.of(), null);
                events.publishEvent(new PlanStepTaken(
                        plan.id(), plan.subjectRegionCode(), plan.programme(), "EXPIRED", null, plan.state(), null));
                expired++;
            }
        }
        return expired;
    }

    /** The promulgated plans of a region and programme, for the anonymous public column. */
    public List<PublicPlan> publicPlans(String regionCode, String programme) {
        return plans.promulgated(regionCode, programme).stream()
                .map(PlanViews::publicPlan)
                .toList();
    }

    /** The regulations the actor may start a plan under today (the create dialog offers these). */
    public List<RegulationSummary> creatableUnder(Actor actor) {
        return paths.creatable(regions.require(actor.regionCode()), actor, today());
    }

    /** One plan in the actor's scope. @throws PlanNotFound outside it */
    public PlanView view(long id, Actor actor) {
        return reader.view(reader.visible(id, actor), actor);
    }

    /**
     * A page of the plans in the actor's scope whose title contains {@code keyword} (if given), the
     * newest change first, in a fixed number of statements, with no transaction around them (ADR 0017).
     *
     * @param size 1 to 100 (clamped)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageResult<PlanSummary> list(Actor actor, String keyword, int page, int size) {
        return lists.list(actor, keyword, page, size, today());
    }

    /**
     * A page of the plans whose current step waits for this actor (the subject's drafts and returned
     * plans among them) whose title contains {@code keyword} (if given), the earliest due first, in a
     * fixed number of statements.
     */
    public PageResult<PlanSummary> inbox(Actor actor, String keyword, int page, int size) {
        return lists.inbox(actor, keyword, page, size, today());
    }

    /** Today in the platform's zone, for deadlines. */
    LocalDate today() {
        return reader.today();
    }

    private PlanView save(PlanEntity plan, Actor actor) {
        return reader.save(plan, actor);
    }

    private PlanEntity current(long id, Long version, Actor actor) {
        return reader.current(id, version, actor);
    }
}
