package cn.ecozone.candidacy;

import cn.ecozone.candidacy.internal.Candidacies;
import cn.ecozone.candidacy.internal.CandidacyEntity;
import cn.ecozone.candidacy.internal.CandidacyLinkEntity;
import cn.ecozone.candidacy.internal.CandidacyLinks;
import cn.ecozone.candidacy.internal.CandidacyStepEntity;
import cn.ecozone.candidacy.internal.CandidacySteps;
import cn.ecozone.candidacy.internal.CandidacyWorkbook;
import cn.ecozone.region.ConstructionUnit;
import cn.ecozone.region.ConstructionUnitManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate pool (储备库) and the candidacies in it. Reads follow the data scope (404 outside it);
 * province and prefecture staff create candidacies of subjects in their scope and move them through
 * their states; a stale version is 409; a second open candidacy of the same subject and programme is
 * refused by the database (409).
 */
@Service
@Transactional(readOnly = true)
public class CandidacyManagement {

    /** The most rows one export writes. */
    static final int EXPORT_LIMIT = 10_000;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Candidacies candidacies;
    private final CandidacySteps steps;
    private final CandidacyLinks links;
    private final RegionManagement regions;
    private final ConstructionUnitManagement units;
    private final RegulationManagement regulations;
    private final CandidacyWorkbook workbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CandidacyManagement(
            Candidacies candidacies,
            CandidacySteps steps,
            CandidacyLinks links,
            RegionManagement regions,
            ConstructionUnitManagement units,
            RegulationManagement regulations,
            CandidacyWorkbook workbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.candidacies = candidacies;
        this.steps = steps;
        this.links = links;
        this.regions = regions;
        this.units = units;
        this.regulations = regulations;
        this.workbook = workbook;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the candidacies in the actor's scope that match the filter. */
    public PageResult<CandidacyView> list(CandidacyFilter filter, int page, int size, Actor actor) {
        Page<CandidacyEntity> found = search(filter, Paging.of(page, size, 500), actor);
        Map<String, Region> known = new HashMap<>();
        return PageResult.of(found, c -> view(c, actor, known, false));
    }

    /** One candidacy with its timeline and links. @throws ApiException 404 outside the actor's scope */
    public CandidacyView view(long id, Actor actor) {
        return view(visible(id, actor), actor, new HashMap<>(), true);
    }

    /** How many candidacies of each state lie in the actor's scope (every state present, 0 when none); one query. */
    public Map<CandidacyState, Long> countByState(Actor actor) {
        Map<CandidacyState, Long> counts = new EnumMap<>(CandidacyState.class);
        Arrays.stream(CandidacyState.values()).forEach(s -> counts.put(s, 0L));
        for (Object[] row : candidacies.countByState(actor.scope().pathPattern())) {
            counts.put((CandidacyState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * A new candidacy in the reserve, pinned to the regulation that applies to the subject today
     * ({@link RegulationManagement#applicable}). Preconditions: the actor is province or prefecture
     * staff, the subject lies in its scope, and the programme's regulation covers the subject.
     */
    @Transactional
    public CandidacyView create(CandidacyInput in, Actor actor) {
        if (actor.role() != Role.PROVINCE_STAFF && actor.role() != Role.PREFECTURE_STAFF) {
            throw ApiException.forbidden("error.candidacy.not-pool-keeper");
        }
        if (in.programme() == null) {
            throw ApiException.invalid("programme", "validation.required");
        }
        String note =
                in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > 500) {
            throw ApiException.invalid("note", "error.candidacy.too-long", 500);
        }
        Region region = subjectRegion(in, actor);
        String subjectName = region.name();
        if (in.unitId() != null) {
            ConstructionUnit unit = units.get(in.unitId(), actor);
            if (!unit.regionCode().equals(region.code())) {
                throw ApiException.invalid("unitId", "error.candidacy.unit-region");
            }
            subjectName = region.name() + " " + unit.name();
        }
        Regulation regulation = regulations
                .applicable(in.programme(), region.path(), LocalDate.ofInstant(clock.instant(), ZONE))
                .orElseThrow(() -> ApiException.invalid("programme", "error.candidacy.no-regulation", region.name()));
        List<Regulation.SubjectLevel> levels = regulation.who().subjectLevels();
        if (in.unitId() == null && levels.stream().noneMatch(l -> l.level() == region.level())) {
            String named = levels.stream().map(Regulation.SubjectLevel::nameZh).collect(Collectors.joining("、"));
            throw ApiException.invalid("regionCode", "error.candidacy.subject-level", region.name(), named);
        }
        CandidacyEntity c = new CandidacyEntity(
                region.code(),
                region.path(),
                in.unitId(),
                subjectName,
                in.programme(),
                regulation.code(),
                regulation.version(),
                note,
                actor,
                clock.instant());
        try {
            c = candidacies.saveAndFlush(c);
        } catch (DataIntegrityViolationException e) {
            // candidacy_active_uk: the subject already has an open candidacy of the programme
            throw ApiException.conflict("error.candidacy.duplicate", subjectName);
        }
        return saved(c, actor);
    }

    /**
     * Takes a transition for the actor. Preconditions: {@code version} is the candidacy's current one
     * (else 409, nothing changes); the aggregate guards role, state and reason.
     */
    @Transactional
    public CandidacyView transition(long id, CandidacyAction action, String reason, Long version, Actor actor) {
        if (action == null) {
            throw ApiException.invalid("action", "validation.required");
        }
        CandidacyEntity c = visible(id, actor);
        if (version == null || version != c.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        c.take(action, reason, actor, clock.instant());
        return saved(candidacies.saveAndFlush(c), actor);
    }

    /**
     * The subject of candidacy {@code id} submitted application dossier {@code dossierId}: the dossier is
     * linked, and a candidacy in the reserve, cultivation or planning moves to {@code APPLYING} (a step
     * taken by the platform, in its timeline). Runs in the caller's transaction. Precondition: the
     * dossier module has checked the actor may submit for this candidacy.
     */
    @Transactional
    public void applicationSubmitted(long id, long dossierId) {
        CandidacyEntity c =
                candidacies.findById(id).orElseThrow(() -> ApiException.notFound("error.candidacy.not-found", id));
        var now = clock.instant();
        if (!links.exists(id, CandidacyLinkEntity.DOSSIER, dossierId)) {
            links.save(new CandidacyLinkEntity(id, CandidacyLinkEntity.DOSSIER, dossierId, now));
        }
        if (c.applicationSubmitted(dossierId, now)) {
            candidacies.saveAndFlush(c);
            steps.saveAll(c.drainSteps());
            c.drainEvents().forEach(events::publishEvent);
        }
    }

    /**
     * Candidacy {@code id} was named and holds title {@code titleId} (module {@code title}): an applying
     * candidacy moves to {@code TITLED} (in its timeline, by the platform). Runs in the caller's
     * transaction. Precondition: the caller recorded the naming for the actor it checked.
     *
     * @throws CandidacyFacts.TransitionNotAllowed (409) when the candidacy is not applying
     */
    @Transactional
    public void titled(long id, long titleId) {
        CandidacyEntity c =
                candidacies.findById(id).orElseThrow(() -> ApiException.notFound("error.candidacy.not-found", id));
        var now = clock.instant();
        c.titled(titleId, now);
        links.save(new CandidacyLinkEntity(id, CandidacyLinkEntity.TITLE, titleId, now));
        candidacies.saveAndFlush(c);
        steps.saveAll(c.drainSteps());
        c.drainEvents().forEach(events::publishEvent);
    }

    /**
     * The title {@code titleId} of candidacy {@code id} was revoked (module {@code title}): the candidacy
     * moves to {@code REVOKED} with a timeline entry by {@code decidedBy} naming the decision. Runs in
     * the caller's transaction. Precondition: the caller recorded the decision for the person it checked.
     *
     * @throws CandidacyFacts.TransitionNotAllowed (409) when the candidacy is not titled
     */
    @Transactional
    public void revoked(long id, long titleId, String decision, String decidedBy) {
        CandidacyEntity c =
                candidacies.findById(id).orElseThrow(() -> ApiException.notFound("error.candidacy.not-found", id));
        c.revoked(titleId, decision, decidedBy, clock.instant());
        candidacies.saveAndFlush(c);
        steps.saveAll(c.drainSteps());
        c.drainEvents().forEach(events::publishEvent);
    }

    /** Writes the matching candidacies in scope as an .xlsx workbook with Chinese headers. */
    public void export(CandidacyFilter filter, Actor actor, OutputStream out) throws IOException {
        Page<CandidacyEntity> found = search(filter, PageRequest.of(0, EXPORT_LIMIT), actor);
        Map<String, Region> known = new HashMap<>();
        List<CandidacyView> rows = found.getContent().stream()
                .map(c -> view(c, actor, known, false))
                .toList();
        workbook.write(rows, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private CandidacyView saved(CandidacyEntity c, Actor actor) {
        steps.saveAll(c.drainSteps());
        c.drainEvents().forEach(events::publishEvent);
        return view(c, actor, new HashMap<>(), true);
    }

    private Region subjectRegion(CandidacyInput in, Actor actor) {
        String code = in.regionCode() == null ? null : in.regionCode().strip();
        if (code == null || code.isEmpty()) {
            if (in.unitId() == null) {
                throw ApiException.invalid("regionCode", "validation.required");
            }
            code = units.get(in.unitId(), actor).regionCode();
        }
        Region region = regions.require(code);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", code);
        }
        return region;
    }

    private Page<CandidacyEntity> search(CandidacyFilter f, PageRequest page, Actor actor) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        return candidacies.search(
                actor.scope().pathPattern(), region, f.programme(), f.state(), Like.containing(f.query()), page);
    }

    private CandidacyEntity visible(long id, Actor actor) {
        return candidacies
                .findById(id)
                .filter(c -> actor.scope().includes(c.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.candidacy.not-found", id));
    }

    private CandidacyView view(CandidacyEntity c, Actor actor, Map<String, Region> known, boolean full) {
        Region region = known.computeIfAbsent(c.regionCode(), regions::require);
        List<CandidacyAction> allowed = Arrays.stream(CandidacyAction.values())
                .filter(a -> c.allows(a, actor))
                .toList();
        return new CandidacyView(
                c.id(),
                c.regionCode(),
                region.name(),
                c.unitId(),
                c.subjectName(),
                c.programme(),
                c.regulationCode(),
                c.regulationVersion(),
                c.state(),
                c.note(),
                c.createdBy(),
                c.createdAt(),
                c.updatedAt(),
                c.version(),
                allowed,
                full ? steps.of(c.id()).stream().map(CandidacyStepEntity::view).toList() : List.of(),
                full ? links.of(c.id()).stream().map(CandidacyLinkEntity::view).toList() : List.of());
    }
}
