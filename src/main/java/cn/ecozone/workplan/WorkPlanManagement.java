package cn.ecozone.workplan;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanView;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.workplan.internal.WorkPlanChecks;
import cn.ecozone.workplan.internal.WorkPlanEditing;
import cn.ecozone.workplan.internal.WorkPlanEntity;
import cn.ecozone.workplan.internal.WorkPlanPath;
import cn.ecozone.workplan.internal.WorkPlanProcedure;
import cn.ecozone.workplan.internal.WorkPlanViews;
import cn.ecozone.workplan.internal.WorkPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual work plans (年度工作计划). The subject (county or league government at the region) creates one
 * per programme and year, edits it, attaches its document and files it; the receiver named by the
 * regulation (Xilingol art. 3: the league's committee office) returns it with a reason or acknowledges
 * it. Reads follow the data scope (404 outside it); a wrong actor is 403; a stale version 409; a second
 * plan for the same region, programme and year 409. Each call is one transaction.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlanManagement {

    /** The foreign key from a work plan's project row to the key project library (V21). */
    static final String KEY_PROJECT_FK = "work_plan_project_key_project_fk";

    private final WorkPlans plans;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final PlanManagement compiledPlans;
    private final WorkPlanEditing editing;
    private final WorkPlanProcedure procedure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkPlanManagement(
            WorkPlans plans,
            RegionManagement regions,
            RegulationManagement regulations,
            PlanManagement compiledPlans,
            WorkPlanEditing editing,
            WorkPlanProcedure procedure,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.regions = regions;
        this.regulations = regulations;
        this.compiledPlans = compiledPlans;
        this.editing = editing;
        this.procedure = procedure;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the plans in the actor's scope that match the filter, newest year first, in a fixed
     * number of statements (the page, its count, the regions' names).
     *
     * @param size 1 to 100 (clamped)
     */
    public PageResult<WorkPlanSummary> list(WorkPlanFilter f, int page, int size, Actor actor) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        Page<WorkPlanEntity> found = plans.search(
                actor.scope().pathPattern(), region, f.programme(), f.year(), f.state(), Paging.of(page, size, 100));
        return new PageResult<>(
                views(false).summaries(found.getContent()),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements());
    }

    /** One plan. @throws ApiException 404 outside the actor's scope */
    public WorkPlanView view(long id, Actor actor) {
        WorkPlanEntity w = visible(id, actor);
        return views(true).of(w, procedure.run(w, actor).orElse(null), actor);
    }

    /**
     * A new draft of the actor's own region. Preconditions: the actor is the region's subject; the
     * programme applies to the region (or the given plan is the region's); no plan of that year yet.
     */
    @Transactional
    public WorkPlanView create(WorkPlanInput in, Actor actor) {
        Region region = regions.require(actor.regionCode());
        if (!subjectRole(actor, region)) {
            throw ApiException.forbidden("error.workplan.not-subject");
        }
        int year = WorkPlanChecks.year(in.year());
        String title = WorkPlanChecks.title(in.title());
        Regulation regulation;
        Programme programme;
        if (in.planId() != null) {
            PlanView plan = compiledPlans.view(in.planId(), actor);
            if (!plan.subjectRegionCode().equals(region.code())) {
                throw ApiException.invalid("planId", "error.workplan.plan-other-region");
            }
            programme = Programme.valueOf(plan.programme());
            if (in.programme() != null && in.programme() != programme) {
                throw ApiException.invalid("programme", "error.workplan.plan-programme");
            }
            regulation = regulations
                    .find(plan.regulationCode(), plan.regulationVersion())
                    .orElseThrow(() -> ApiException.notFound("error.regulation.not-found", plan.regulationCode()));
        } else {
            if (in.programme() == null) {
                throw ApiException.invalid("programme", "validation.required");
            }
            programme = in.programme();
            regulation = regulationFor(programme, region);
        }
        if (plans.exists(region.code(), programme, year)) {
            throw ApiException.conflict("error.workplan.duplicate", region.name(), year);
        }
        var now = clock.instant();
        WorkPlanPath path = WorkPlanPath.of(regulation, region);
        WorkPlanEntity w = new WorkPlanEntity(
                region.code(),
                region.path(),
                programme,
                year,
                in.planId(),
                regulation.code(),
                regulation.version(),
                path,
                actor,
                now);
        editing.edit(w, in, title, actor);
        WorkPlanEntity saved = plans.saveAndFlush(w);
        procedure.start(saved, path, actor);
        return save(saved, actor);
    }

    /** Replaces title, summary and rows of a draft or returned plan. */
    @Transactional
    public WorkPlanView update(long id, WorkPlanInput in, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        requireEditable(w, actor);
        editing.edit(w, in, WorkPlanChecks.title(in.title()), actor);
        procedure.retitle(w);
        return save(w, actor);
    }

    /** Refuses an attachment to a plan the actor may not edit now, before its bytes are stored. */
    @Transactional
    public void requireAttachable(long id, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        if (w.runId() != null) { // a plan from before the engine gets its run (a write) only when attached
            requireEditable(w, actor);
        }
    }

    /** Attaches a stored document in the transaction recording it, checking again (WorkPlanDocuments). */
    @Transactional
    WorkPlanView attach(long id, StoredDocument stored, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        requireEditable(w, actor);
        w.attach(stored.id(), stored.name(), clock.instant());
        return save(w, actor);
    }

    /**
     * The subject files the plan with the receiver (Xilingol art. 3), or keeps it on record where the
     * rules name none: the run's {@code FILE} step. Guard: the run lets the actor file, a document and
     * a title.
     */
    @Transactional
    public WorkPlanView file(long id, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        var run = requireEditable(w, actor);
        WorkPlanChecks.fileable(w.title(), w.documentId());
        procedure.file(w, run, actor);
        return save(w, actor);
    }

    @Transactional
    public WorkPlanView withdraw(long id, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        procedure.withdraw(w, actor);
        return save(w, actor);
    }

    @Transactional
    public WorkPlanView returnWithReason(long id, Long version, String reason, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        procedure.returnWithReason(w, reason, actor);
        return save(w, actor);
    }

    @Transactional
    public WorkPlanView acknowledge(long id, Long version, Actor actor) {
        WorkPlanEntity w = current(id, version, actor);
        procedure.acknowledge(w, actor);
        return save(w, actor);
    }

    /** The id of the plan's document. @throws ApiException 404 outside scope or without one */
    long documentId(long id, Actor actor) {
        WorkPlanEntity w = visible(id, actor);
        if (w.documentId() == null) {
            throw ApiException.notFound("error.workplan.document-missing");
        }
        return w.documentId();
    }

    private cn.ecozone.procedure.RunView requireEditable(WorkPlanEntity w, Actor actor) {
        return procedure.requireEditable(
                w,
                () -> WorkPlanPath.of(
                        regulations
                                .find(w.regulationCode(), w.regulationVersion())
                                .orElseThrow(),
                        regions.require(w.regionCode())),
                actor);
    }

    /** The regulation that applies to the region today: the one rule, {@link RegulationManagement#applicable}. */
    private Regulation regulationFor(Programme programme, Region region) {
        return regulations
                .applicable(programme, region.path(), LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")))
                .orElseThrow(() -> ApiException.invalid("programme", "error.workplan.programme", programme.name()));
    }

    /** The subject of a county or league: the role the engine's {@link BodyActors} names for it. */
    private static boolean subjectRole(Actor actor, Region region) {
        return (region.level() == RegionLevel.COUNTY || region.level() == RegionLevel.PREFECTURE)
                && actor.role() == BodyActors.role(Body.SUBJECT, region.level());
    }

    /**
     * Saves the plan. A key project deleted after its row was resolved is refused by the database's
     * foreign key ({@code work_plan_project_key_project_fk}, V21), so the plan never points at nothing.
     */
    private WorkPlanView save(WorkPlanEntity w, Actor actor) {
        WorkPlanEntity saved;
        try {
            saved = plans.saveAndFlush(w);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains(KEY_PROJECT_FK)) {
                throw ApiException.conflict("error.workplan.key-project.deleted");
            }
            throw e;
        }
        w.drainEvents().forEach(events::publishEvent);
        return views(true).of(saved, procedure.run(saved, actor).orElse(null), actor);
    }

    /**
     * The plan to change, its row locked: of two changes at once the second waits and then finds the
     * version it was sent stale (409), instead of acting on what it read before the first committed.
     */
    private WorkPlanEntity current(long id, Long version, Actor actor) {
        WorkPlanEntity w = plans.lock(id)
                .filter(p -> actor.scope().includes(p.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.workplan.not-found", id));
        if (version == null || version != w.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return w;
    }

    private WorkPlanEntity visible(long id, Actor actor) {
        return plans.findById(id)
                .filter(w -> actor.scope().includes(w.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.workplan.not-found", id));
    }

    private WorkPlanViews views(boolean withPlanTitle) {
        return new WorkPlanViews(regions, withPlanTitle ? compiledPlans : null);
    }
}
