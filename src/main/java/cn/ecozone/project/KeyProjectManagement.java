package cn.ecozone.project;

import cn.ecozone.project.internal.KeyProjectChangeEntity;
import cn.ecozone.project.internal.KeyProjectChanges;
import cn.ecozone.project.internal.KeyProjectChecks;
import cn.ecozone.project.internal.KeyProjectEntity;
import cn.ecozone.project.internal.KeyProjectWorkbook;
import cn.ecozone.project.internal.KeyProjects;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key project library (重点项目库, Xilingol art. 3: “动态构建…重点项目库，明确项目的建设内容、投资主体、预期效益与转化模式”).
 * Reads follow the data scope (404 outside it); the subject of the project's region creates, updates
 * (at any time, every change kept as history) and deletes; a stale version is 409; a project an annual
 * work plan refers to cannot be deleted (409, refused by the work plan module's listener).
 */
@Service
@Transactional(readOnly = true)
public class KeyProjectManagement {

    /** The most rows one export writes. */
    static final int EXPORT_LIMIT = 10_000;

    private final KeyProjects projects;
    private final KeyProjectChanges changes;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final KeyProjectWorkbook workbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyProjectManagement(
            KeyProjects projects,
            KeyProjectChanges changes,
            RegionManagement regions,
            RegulationManagement regulations,
            KeyProjectWorkbook workbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.projects = projects;
        this.changes = changes;
        this.regions = regions;
        this.regulations = regulations;
        this.workbook = workbook;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the projects in the actor's scope that match the filter. */
    public PageResult<KeyProjectView> list(KeyProjectFilter filter, int page, int size, Actor actor) {
        Page<KeyProjectEntity> found = search(filter, Paging.of(page, size, 500), actor);
        Map<String, Region> known = new HashMap<>();
        return PageResult.of(found, p -> view(p, actor, known, List.of()));
    }

    /**
     * For another module about to refer to the project (a work plan's project row): locks its row
     * until the caller's transaction ends, so that a concurrent deletion waits and then meets the
     * reference (refused by the foreign key), or the reference meets the deletion. Precondition: a
     * write transaction.
     *
     * @return false when the project does not exist (any more)
     */
    @Transactional
    public boolean lockForReference(long id) {
        return projects.lock(id).isPresent();
    }

    /**
     * The projects linked to rows of a plan's content (issue 14 §8), within the actor's scope: the plan's
     * page shows each row's record. At most one per row, so no paging (a plan has at most 200 rows).
     */
    public List<KeyProjectView> fromPlan(long planId, Actor actor) {
        Map<String, Region> known = new HashMap<>();
        return projects.linkedTo(planId, actor.scope().pathPattern()).stream()
                .map(p -> view(p, actor, known, List.of()))
                .toList();
    }

    /** One project with its history. @throws ApiException 404 outside the actor's scope */
    public KeyProjectView view(long id, Actor actor) {
        KeyProjectEntity p = visible(id, actor);
        return view(p, actor, new HashMap<>(), history(p.id()));
    }

    /**
     * A new project of {@code in.regionCode()} (the actor's own region when blank). Preconditions: the
     * actor is the region's subject and the programme applies to the region.
     */
    @Transactional
    public KeyProjectView create(KeyProjectInput input, Actor actor) {
        String code =
                input.regionCode() == null || input.regionCode().isBlank() ? actor.regionCode() : input.regionCode();
        Region region = regions.require(code);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", code);
        }
        if (!KeyProjectChecks.isSubject(actor, region.code(), region.level())) {
            throw ApiException.forbidden("error.project.not-subject");
        }
        KeyProjectInput in = KeyProjectChecks.clean(input);
        if (!KeyProjectChecks.applies(in.programme(), region, regulations.list(true))) {
            throw ApiException.invalid(
                    "programme", "error.project.programme", in.programme().name());
        }
        KeyProjectEntity p = projects.saveAndFlush(
                new KeyProjectEntity(region.code(), region.path(), in, actor.username(), clock.instant()));
        events.publishEvent(new KeyProjectChanged(
                p.id(),
                p.regionCode(),
                p.name(),
                KeyProjectChanged.Kind.CREATED,
                null,
                KeyProjectEntity.asCreated(in, p.createdAt())));
        return view(p.id(), actor);
    }

    /** Updates a project at any time; each changed field goes into its history with the reason, if given. */
    @Transactional
    public KeyProjectView update(long id, KeyProjectInput input, Long version, String reason, Actor actor) {
        KeyProjectEntity p = editable(id, version, actor);
        KeyProjectInput in = KeyProjectChecks.clean(new KeyProjectInput(
                p.regionCode(),
                p.programme(),
                input.name(),
                input.content(),
                input.investor(),
                input.investment(),
                input.expectedBenefits(),
                input.transformationMode(),
                input.status(),
                input.startYear(),
                input.endYear()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        var now = clock.instant();
        List<FieldChange> changed = p.update(in, now);
        if (!changed.isEmpty()) {
            projects.saveAndFlush(p);
            for (FieldChange c : changed) {
                changes.save(new KeyProjectChangeEntity(
                        p.id(), c.field(), c.oldValue(), c.newValue(), actor.username(), now, why));
            }
            events.publishEvent(new KeyProjectChanged(
                    p.id(), p.regionCode(), p.name(), KeyProjectChanged.Kind.UPDATED, why, changed));
        }
        return view(p.id(), actor);
    }

    /** Deletes a project no annual work plan refers to. */
    @Transactional
    public void delete(long id, Long version, Actor actor) {
        KeyProjectEntity p = editable(id, version, actor);
        // a listener refuses (409) while an annual work plan refers to the project; it rolls this back
        events.publishEvent(new KeyProjectChanged(
                p.id(),
                p.regionCode(),
                p.name(),
                KeyProjectChanged.Kind.DELETED,
                null,
                List.of(new FieldChange("name", p.name(), null))));
        changes.deleteOf(p.id());
        projects.delete(p);
        try {
            projects.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // a work plan came to refer to it meanwhile: the foreign key of its project rows refuses (V21)
            throw ApiException.conflict("error.project.referenced", p.name());
        }
    }

    /** Writes the matching projects in scope as an .xlsx workbook with Chinese headers. */
    public void export(KeyProjectFilter filter, Actor actor, OutputStream out) throws IOException {
        Page<KeyProjectEntity> found = search(filter, PageRequest.of(0, EXPORT_LIMIT), actor);
        Map<String, Region> known = new HashMap<>();
        List<KeyProjectView> rows = found.getContent().stream()
                .map(p -> view(p, actor, known, List.of()))
                .toList();
        workbook.write(rows, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<KeyProjectEntity> search(KeyProjectFilter f, PageRequest page, Actor actor) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        return projects.search(
                actor.scope().pathPattern(),
                region,
                f.programme(),
                f.status(),
                f.year(),
                Like.containing(f.query()),
                page);
    }

    private KeyProjectEntity editable(long id, Long version, Actor actor) {
        KeyProjectEntity p = visible(id, actor);
        if (!KeyProjectChecks.isSubject(
                actor, p.regionCode(), regions.require(p.regionCode()).level())) {
            throw ApiException.forbidden("error.project.not-subject");
        }
        if (version == null || version != p.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return p;
    }

    private KeyProjectEntity visible(long id, Actor actor) {
        return projects.findById(id)
                .filter(p -> actor.scope().includes(p.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.project.not-found", id));
    }

    private List<KeyProjectView.Change> history(long id) {
        return changes.of(id).stream()
                .map(c -> new KeyProjectView.Change(
                        c.field(), c.oldValue(), c.newValue(), c.changedBy(), c.changedAt(), c.reason()))
                .toList();
    }

    private KeyProjectView view(
            KeyProjectEntity p, Actor actor, Map<String, Region> known, List<KeyProjectView.Change> history) {
        Region region = known.computeIfAbsent(p.regionCode(), regions::require);
        boolean subject = KeyProjectChecks.isSubject(actor, p.regionCode(), region.level());
        return new KeyProjectView(
                p.id(),
                p.regionCode(),
                region.name(),
                p.programme(),
                p.name(),
                p.content(),
                p.investor(),
                p.investment(),
                p.expectedBenefits(),
                p.transformationMode(),
                p.status(),
                p.startYear(),
                p.endYear(),
                p.createdBy(),
                p.createdAt(),
                p.updatedAt(),
                p.version(),
                subject,
                subject,
                history,
                p.planId() == null ? null : new KeyProjectView.FromPlan(p.planId(), p.planEntry(), p.planTitle()));
    }
}
