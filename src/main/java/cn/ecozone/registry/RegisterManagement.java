package cn.ecozone.registry;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.internal.RecordChecks;
import cn.ecozone.registry.internal.RecordValues;
import cn.ecozone.registry.internal.RegisterChanges;
import cn.ecozone.registry.internal.RegisterEntries;
import cn.ecozone.registry.internal.RegisterRecordEntity;
import cn.ecozone.registry.internal.RegisterRecords;
import cn.ecozone.registry.internal.RegisterViews;
import cn.ecozone.registry.internal.kinds.RegisterRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers (issue 11 §1): lists within the data scope, one record with its history, entry by
 * province staff (confirmed at once) or prefecture staff (pending until the province confirms or
 * rejects it), corrections with a reason and field history, and the petition rates. Records are never
 * deleted. A stale version is 409; the aggregate guards role, scope and state.
 */
@Service
@Transactional(readOnly = true)
public class RegisterManagement {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final RegisterRecords records;
    private final RegisterChanges changes;
    private final RecordChecks checks;
    private final RegisterViews views;
    private final RegisterEntries entries;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterManagement(
            RegisterRecords records,
            RegisterChanges changes,
            RecordChecks checks,
            RegisterViews views,
            RegisterEntries entries,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.changes = changes;
        this.checks = checks;
        this.views = views;
        this.entries = entries;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** Today in Beijing. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /**
     * One page of the records in the actor's scope that match the filter, the latest first. Keepers
     * (province and prefecture staff) see every state, everybody else confirmed records only. Two
     * statements (the page and its count) however many records.
     */
    public PageResult<RegisterView> list(RegisterFilter filter, int page, int size, Actor actor) {
        Page<RegisterRecordEntity> found = search(
                filter,
                Paging.of(page, size, 200, Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id"))),
                actor);
        return new PageResult<>(
                views.page(found.getContent(), actor), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /** The records an export writes (at most {@code limit}, the latest first) and how many matched. */
    public PageResult<RegisterView> exportRows(RegisterFilter filter, int limit, Actor actor) {
        Page<RegisterRecordEntity> found = search(
                filter, PageRequest.of(0, limit, Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id"))), actor);
        return new PageResult<>(views.page(found.getContent(), actor), 0, limit, found.getTotalElements());
    }

    /** One record with its tasks, attachments and history. @throws RegisterFacts.RecordNotFound outside scope */
    public RegisterView view(long id, Actor actor) {
        return views.full(visible(id, actor), actor);
    }

    /**
     * Enters a record: province staff's is confirmed at once, prefecture staff's pending.
     *
     * @throws ApiException 400 naming every failing field; RegisterFacts.NotTheKeeper for other roles
     */
    @Transactional
    public RegisterView create(RegisterInput in, Actor actor) {
        RecordValues values = checked(in, actor);
        RegisterRecordEntity r = new RegisterRecordEntity(values, actor, clock.instant());
        return saved(r, actor);
    }

    /**
     * Enters many checked records in one transaction (the import): nothing when any fails.
     * Preconditions: every value was checked by {@link #check}.
     */
    @Transactional
    public int createAll(List<RecordValues> values, Actor actor) {
        List<RegisterRecordEntity> all = values.stream()
                .map(v -> new RegisterRecordEntity(v, actor, clock.instant()))
                .toList();
        records.saveAll(all);
        records.flush();
        all.forEach(r -> r.drainEvents().forEach(events::publishEvent));
        return all.size();
    }

    /**
     * Corrects a record with a reason; one history row per changed field; the audit log records the
     * event's field changes.
     *
     * @throws RegisterFacts.StaleVersion when {@code version} is not the current one (nothing changes)
     */
    @Transactional
    public RegisterView correct(long id, RegisterInput in, String reason, Long version, Actor actor) {
        RegisterRecordEntity r = current(id, version, actor);
        if (in.kind() != null && in.kind() != r.kind()) {
            throw ApiException.invalid("kind", "error.registry.kind-fixed");
        }
        RegisterInput sameKind = new RegisterInput(
                r.kind(),
                in.regionCode(),
                in.category(),
                in.occurredOn(),
                in.year(),
                in.level(),
                in.major(),
                in.completed(),
                in.dueOn(),
                in.closedOn(),
                in.completedOn(),
                in.imposedBy(),
                in.summary(),
                in.sourceNumber(),
                in.sourceDate(),
                in.sourceIssuer(),
                in.tasks());
        r.correct(checked(sameKind, actor), reason, actor, clock.instant());
        return saved(r, actor);
    }

    /** The province confirms a pending record. */
    @Transactional
    public RegisterView confirm(long id, String note, Long version, Actor actor) {
        RegisterRecordEntity r = current(id, version, actor);
        r.confirm(note, actor, clock.instant());
        return saved(r, actor);
    }

    /** The province rejects a pending record with a reason. */
    @Transactional
    public RegisterView reject(long id, String reason, Long version, Actor actor) {
        RegisterRecordEntity r = current(id, version, actor);
        r.reject(reason, actor, clock.instant());
        return saved(r, actor);
    }

    /** Whether the actor may attach to the record now. @throws cn.ecozone.shared.DomainFact otherwise */
    public void requireAttachable(long id, Actor actor) {
        visible(id, actor).requireAttachable(actor);
    }

    /** Attaches a stored document (in the document's transaction). */
    @Transactional
    public RegisterView attach(long id, cn.ecozone.document.StoredDocument document, Actor actor) {
        RegisterRecordEntity r = visible(id, actor);
        r.attach(document.id(), document.name(), actor, clock.instant());
        return saved(r, actor);
    }

    /** Whether the record is visible to the actor and carries the document. */
    public boolean attached(long id, long documentId, Actor actor) {
        return visible(id, actor).documentIds().contains(documentId);
    }

    /**
     * The petition rates of a region (and every region within it) for a year, from its confirmed
     * petitions: the counts behind them and the rule ({@link PetitionRates}).
     */
    public PetitionRateView petitionRates(String regionCode, int year, Actor actor) {
        Region region =
                regionInScope(regionCode == null || regionCode.isBlank() ? actor.regionCode() : regionCode, actor);
        if (year < 2000 || year > today().getYear()) {
            throw ApiException.invalid("year", "error.registry.year-range", 2000, today().getYear());
        }
        List<RegisterEntry> petitions =
                entries.confirmedWithin(region.path(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                        .filter(e -> e.kind() == RegisterKind.PETITION)
                        .toList();
        return PetitionRateView.of(region.code(), region.name(), PetitionRates.of(petitions, year));
    }

    /**
     * Checks an input for the actor: its region in scope, every field of its kind. The problems of an
     * import row come from here too.
     */
    public RegisterRules.Checked check(RegisterInput in, Actor actor) {
        return checks.check(in, actor, today());
    }

    private RecordValues checked(RegisterInput in, Actor actor) {
        return checks.checked(in, actor, today());
    }

    private RegisterView saved(RegisterRecordEntity r, Actor actor) {
        RegisterRecordEntity s = records.saveAndFlush(r);
        changes.saveAll(s.drainChanges(actor.username(), clock.instant()));
        s.drainEvents().forEach(events::publishEvent);
        return views.full(s, actor);
    }

    private Region regionInScope(String code, Actor actor) {
        Region region = regions.require(code.strip());
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", code);
        }
        return region;
    }

    private Page<RegisterRecordEntity> search(RegisterFilter f, PageRequest page, Actor actor) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        LocalDate from = f.from() == null ? EARLIEST : within("from", f.from());
        LocalDate to = f.to() == null ? LATEST : within("to", f.to());
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "error.register.to-before-from", from, to);
        }
        if (f.year() != null) {
            from = max(from, LocalDate.of(Math.clamp(f.year(), 1900, 9999), 1, 1));
            to = min(to, LocalDate.of(Math.clamp(f.year(), 1900, 9999), 12, 31));
        }
        Set<RegisterState> states =
                keeper(actor) ? EnumSet.allOf(RegisterState.class) : EnumSet.of(RegisterState.CONFIRMED);
        if (f.state() != null) {
            states.retainAll(Set.of(f.state()));
            if (states.isEmpty()) {
                // a state the actor does not see: a condition no record meets
                states = EnumSet.of(RegisterState.CONFIRMED);
                to = EARLIEST.minusDays(1);
            }
        }
        return records.search(
                actor.scope().pathPattern(), region, f.kind(), states, from, to, Like.containing(f.query()), page);
    }

    /** A filter date a record can hold (1900 to 9999), else 400 naming {@code field}. */
    private static LocalDate within(String field, LocalDate day) {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw ApiException.invalid(field, "error.register.date-range", EARLIEST, LATEST);
        }
        return day;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean keeper(Actor actor) {
        return actor.role() == Role.PROVINCE_STAFF || actor.role() == Role.PREFECTURE_STAFF;
    }

    /** The record when the actor may see it: in scope, and confirmed unless the actor keeps the registers. */
    RegisterRecordEntity visible(long id, Actor actor) {
        return records.findById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .filter(r -> keeper(actor) || r.state() == RegisterState.CONFIRMED)
                .orElseThrow(() -> new RegisterFacts.RecordNotFound(id));
    }

    private RegisterRecordEntity current(long id, Long version, Actor actor) {
        RegisterRecordEntity r = visible(id, actor);
        if (version == null || version != r.version()) {
            throw new RegisterFacts.StaleVersion();
        }
        return r;
    }
}
