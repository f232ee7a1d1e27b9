package cn.ecozone.plan;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.internal.PlanEntity;
import cn.ecozone.plan.internal.PlanPaths;
import cn.ecozone.plan.internal.PlanSteps;
import cn.ecozone.plan.internal.PlanTimeline;
import cn.ecozone.plan.internal.PlanViews;
import cn.ecozone.plan.internal.Plans;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans from draft to filing. A subject creates a plan under the regulation in force for its
 * programme and jurisdiction; the plan is pinned to that regulation's path for the subject's level and
 * moves only through {@link #act}, whose guards live on the aggregate. Data scope applies to every
 * read (404 outside it); a move by anybody but the step's actor is refused with 403; a stale version
 * gets 409. Nothing is half-saved: each move is one transaction.
 */
@Service
@Transactional(readOnly = true)
public class PlanManagement {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How plan deadlines are named in the deadline module. */
    static final String SUBJECT_TYPE = "PLAN";

    static final String FILING = "PLAN_FILING";

    /** The length of the stored content column ({@code plan.content_json}). */
    private static final int MAX_CONTENT_JSON = 20000;

    private static final Set<DocumentType> PLAN_TYPES =
            Set.of(DocumentType.PDF, DocumentType.OFD, DocumentType.DOCX, DocumentType.DOC, DocumentType.WPS);

    private final Plans plans;
    private final PlanTimeline timeline;
    private final PlanPaths paths;
    private final PlanSteps steps;
    private final cn.ecozone.plan.internal.PlanContentChecks contentChecks;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final CalendarManagement calendar;
    private final DocumentManagement documents;
    private final ApplicationEventPublisher events;
    private final DeadlineManagement deadlines;
    private final Clock clock;

    PlanManagement(
            Plans plans,
            PlanTimeline timeline,
            PlanPaths paths,
            PlanSteps steps,
            cn.ecozone.plan.internal.PlanContentChecks contentChecks,
            RegulationManagement regulations,
            RegionManagement regions,
            CalendarManagement calendar,
            DocumentManagement documents,
            ApplicationEventPublisher events,
            DeadlineManagement deadlines,
            Clock clock) {
        this.plans = plans;
        this.timeline = timeline;
        this.paths = paths;
        this.steps = steps;
        this.contentChecks = contentChecks;
        this.regulations = regulations;
        this.regions = regions;
        this.calendar = calendar;
        this.documents = documents;
        this.events = events;
        this.deadlines = deadlines;
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
                .applicable(named.programme(), region.path(), LocalDate.now(clock.withZone(ZONE)))
                .filter(r -> r.code().equals(named.code()))
                .orElseThrow(() -> ApiException.forbidden("error.plan.outside-jurisdiction", named.titleZh()));
        PlanPath path = paths.of(regulation, region.level());
        if (!PlanEntity.fits(path.steps().getFirst(), actor, at(region.code(), region.path()))) {
            throw ApiException.forbidden("error.plan.not-actor");
        }
        checkHeader(title, periodStart, periodEnd);
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
        return view(plan, actor);
    }

    /** Changes title and period of a draft or returned plan. */
    @Transactional
    public PlanView edit(long id, String title, Integer periodStart, Integer periodEnd, Long version, Actor actor) {
        PlanEntity plan = current(id, version, actor);
        checkHeader(title, periodStart, periodEnd);
        plan.edit(steps.read(plan), title.strip(), periodStart, periodEnd, actor, at(plan), clock.instant());
        return save(plan, actor);
    }

    /** Stores the plan's text (PDF or DOCX, recognised by content) and attaches it. */
    @Transactional
    public PlanView attach(long id, String filename, InputStream content, Long version, Actor actor) {
        PlanEntity plan = current(id, version, actor);
        // guard before storing, so that a refused upload leaves nothing behind
        plan.requireAttachable(steps.read(plan), actor, at(plan));
        StoredDocument stored = documents.store(filename, content, PLAN_TYPES, actor);
        plan.attach(steps.read(plan), stored.id(), stored.name(), actor, at(plan), clock.instant());
        return save(plan, actor);
    }

    /** Replaces the plan's targets, tasks and key projects (with the subject, or at the revision step). */
    @Transactional
    public PlanView setOut(long id, PlanContent content, Long version, Actor actor) {
        PlanEntity plan = current(id, version, actor);
        plan.requireAttachable(steps.read(plan), actor, at(plan));
        contentChecks.check(content, plan.periodStart(), plan.periodEnd(), plan.subjectRegionCode(), actor);
        String json = steps.json().writeValueAsString(content);
        if (json.length() > MAX_CONTENT_JSON) {
            // each row may be within its limits while all of them together exceed the stored column
            throw ApiException.invalid("content", "error.plan.content.too-large");
        }
        plan.setOut(steps.read(plan), json, actor, at(plan), clock.instant());
        return save(plan, actor);
    }

    /** Takes one move on the path; see {@link PlanAction} for what each move needs. */
    @Transactional
    public PlanView act(long id, PlanAction a, Actor actor) {
        PlanEntity plan = current(id, a.version(), actor);
        List<PlanStep> path = steps.read(plan);
        Function<ActorLevel, String> regionAt = at(plan);
        var now = clock.instant();
        switch (a.kind()) {
            case SUBMIT -> plan.submit(path, actor, regionAt, now);
            case EXAMINE -> plan.examine(path, a.opinion(), null, actor, regionAt, now);
            case REVIEW ->
                plan.review(path, a.outcome(), a.panel(), a.reviewedOn(), a.opinion(), null, actor, regionAt, now);
            case REVISED -> plan.revised(path, a.note(), actor, regionAt, now);
            case PROMULGATE -> {
                Deadline due = filingDeadline(plan, path, a.promulgatedOn());
                plan.promulgate(
                        path,
                        a.body(),
                        a.promulgatedOn(),
                        a.documentNumber(),
                        due == null ? null : due.date(),
                        due == null ? null : String.join("\n", due.explanation()),
                        actor,
                        regionAt,
                        now);
                registerFiling(plan, path.get(plan.stepIndex()));
            }
            case FILE -> {
                plan.file(path, a.filedOn(), a.note(), actor, regionAt, now);
                deadlines.close(SUBJECT_TYPE, plan.id(), FILING);
            }
            case RETURN -> plan.returnWithReason(path, a.reason(), actor, regionAt, now);
            case WITHDRAW -> plan.withdraw(path, actor, regionAt, now);
            case MAJOR_CHANGE -> plan.declareMajorChange(path, a.reason(), actor, regionAt, now);
            case RECOMPILE -> {
                Regulation regulation = regulations.latest(plan.regulationCode(), false);
                Region region = regions.require(plan.subjectRegionCode());
                PlanPath renewed = paths.of(regulation, region.level());
                plan.recompile(path, regulation.version(), steps.write(renewed.steps()), actor, regionAt, now);
            }
        }
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
                timeline.saveAll(plan.drainEntries());
                plan.drainEvents().forEach(events::publishEvent);
                expired++;
            }
        }
        return expired;
    }

    /** The promulgated plans of a region and programme, for the anonymous public column. */
    public List<PublicPlan> publicPlans(String regionCode, String programme) {
        return plans.promulgated(regionCode, programme).stream()
                .map(p -> new PublicPlan(
                        p.id(),
                        p.title(),
                        p.periodStart(),
                        p.periodEnd(),
                        p.revision(),
                        p.state(),
                        p.promulgationBody(),
                        p.promulgatedOn(),
                        p.promulgationNumber(),
                        p.filedOn(),
                        p.documentId() != null))
                .toList();
    }

    /** The text of a promulgated plan, for the public. @throws ApiException 404 for any other plan */
    public StoredDocument publicDocument(long id) {
        PlanEntity plan = plans.findById(id)
                .filter(p -> p.promulgatedOn() != null && p.documentId() != null)
                .orElseThrow(() -> ApiException.notFound("error.plan.not-found", id));
        return documents.require(plan.documentId());
    }

    /** One plan in the actor's scope. @throws ApiException 404 outside it */
    public PlanView view(long id, Actor actor) {
        return view(visible(id, actor), actor);
    }

    /** The plans in the actor's scope, newest change first. */
    public List<PlanView> list(Actor actor) {
        return plans.inScope(actor.scope().pathPattern()).stream()
                .map(p -> view(p, actor))
                .toList();
    }

    /** The plans whose current step waits for this actor, and the actor's own drafts and returned plans. */
    public List<PlanView> inbox(Actor actor) {
        return list(actor).stream()
                .filter(v -> v.mayAct() || v.maySubmit() || v.mayEdit())
                .toList();
    }

    /** The plan's text. @throws ApiException 404 outside scope or without a text */
    public StoredDocument document(long id, Actor actor) {
        PlanEntity plan = visible(id, actor);
        if (plan.documentId() == null) {
            throw ApiException.notFound("error.plan.document-missing");
        }
        return documents.require(plan.documentId());
    }

    public InputStream open(StoredDocument document) throws java.io.IOException {
        return documents.open(document.id());
    }

    /** Today in the platform's zone, for deadlines. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The filing deadline as data, so that the deadline list and job remind of it and flag it. */
    private void registerFiling(PlanEntity plan, PlanStep filing) {
        if (plan.filingDue() == null || filing.type() != StepType.FILE) {
            return;
        }
        deadlines.register(new DeadlineRequest(
                SUBJECT_TYPE,
                plan.id(),
                FILING,
                "《" + plan.title() + "》备案",
                plan.subjectRegionCode(),
                filing.role(),
                plan.promulgatedOn(),
                filing.workingDays(),
                filing.counting(),
                "/plans/" + plan.id()));
    }

    private Deadline filingDeadline(PlanEntity plan, List<PlanStep> path, LocalDate promulgatedOn) {
        int next = plan.stepIndex() + 1;
        if (promulgatedOn == null || next >= path.size()) {
            return null;
        }
        PlanStep filing = path.get(next);
        if (filing.workingDays() == null) {
            return null;
        }
        return calendar.deadline(promulgatedOn, filing.workingDays(), filing.counting(), Locale.SIMPLIFIED_CHINESE);
    }

    private PlanView save(PlanEntity plan, Actor actor) {
        PlanEntity saved = plans.saveAndFlush(plan);
        timeline.saveAll(plan.drainEntries());
        plan.drainEvents().forEach(events::publishEvent);
        return view(saved, actor);
    }

    private PlanEntity current(long id, Long version, Actor actor) {
        PlanEntity plan = visible(id, actor);
        if (version == null || version != plan.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return plan;
    }

    private PlanEntity visible(long id, Actor actor) {
        return plans.findById(id)
                .filter(p -> actor.scope().includes(p.subjectRegionPath()))
                .orElseThrow(() -> ApiException.notFound("error.plan.not-found", id));
    }

    private PlanView view(PlanEntity plan, Actor actor) {
        return new PlanViews(steps, regions, timeline, today()).of(plan, actor, at(plan));
    }

    private static Function<ActorLevel, String> at(PlanEntity plan) {
        return at(plan.subjectRegionCode(), plan.subjectRegionPath());
    }

    /** The region code whose actor acts at a level: the subject's, its prefecture's or its province's. */
    static Function<ActorLevel, String> at(String subjectCode, String subjectPath) {
        return level -> BodyActors.regionAt(level, subjectCode, subjectPath);
    }

    private static void checkHeader(String title, Integer periodStart, Integer periodEnd) {
        if (title == null || title.isBlank()) {
            throw ApiException.invalid("title", "validation.required");
        }
        if (title.strip().length() > 200) {
            throw ApiException.invalid("title", "error.plan.title-too-long", 200);
        }
        if (periodStart == null || periodStart < 2000 || periodStart > 2100) {
            throw ApiException.invalid("periodStart", "error.plan.period-year", 2000, 2100);
        }
        if (periodEnd == null || periodEnd < periodStart || periodEnd > 2100) {
            throw ApiException.invalid("periodEnd", "error.plan.period-end", periodStart);
        }
    }
}
