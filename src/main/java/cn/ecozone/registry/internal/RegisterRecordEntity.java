package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterFacts;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterRecordChanged;
import cn.ecozone.registry.RegisterRecordChanged.Change;
import cn.ecozone.registry.RegisterState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A register record (one table for every register; the kind says which columns it uses). Never
 * deleted. Each transition guards (role and scope, then state, then reason), mutates, records one
 * history row per changed field and registers a {@link RegisterRecordChanged}, which the façade drains
 * after saving. Entered by province staff it is confirmed at once; by prefecture staff it waits for the
 * province, which confirms or rejects it; prefecture staff may correct a pending or rejected record (a
 * rejected one is so resubmitted), never a confirmed one.
 */
@Entity
@Table(name = "register_record")
public class RegisterRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RegisterKind kind;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    private String category;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "record_year")
    private Integer year;

    private String level;
    private Boolean major;
    private Boolean completed;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "imposed_by")
    private String imposedBy;

    private String summary;

    @Column(name = "source_number")
    private String sourceNumber;

    @Column(name = "source_date")
    private LocalDate sourceDate;

    @Column(name = "source_issuer")
    private String sourceIssuer;

    @Enumerated(EnumType.STRING)
    private RegisterState state;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_org")
    private String enteredOrg;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "register_task", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<RecordTask> tasks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "register_attachment", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    @Transient
    private final List<PendingChange> newChanges = new ArrayList<>();

    @Transient
    private final List<RegisterRecordChanged> events = new ArrayList<>();

    private record PendingChange(String field, String oldValue, String newValue, String reason) {}

    protected RegisterRecordEntity() {}

    /**
     * A new record. Preconditions: the values are checked ({@code RegisterRules}) and lie in the
     * actor's scope.
     *
     * @throws RegisterFacts.NotTheKeeper unless the actor is province or prefecture staff
     */
    public RegisterRecordEntity(RecordValues values, Actor actor, Instant now) {
        if (actor.role() != Role.PROVINCE_STAFF && actor.role() != Role.PREFECTURE_STAFF
                || !actor.scope().includes(values.regionPath())) {
            throw new RegisterFacts.NotTheKeeper(label("registry.action.ENTER"));
        }
        apply(values);
        this.enteredBy = actor.username();
        this.enteredOrg = actor.organizationName();
        this.createdAt = now;
        this.updatedAt = now;
        if (actor.role() == Role.PROVINCE_STAFF) {
            this.state = RegisterState.CONFIRMED;
            this.confirmedBy = actor.username();
            this.confirmedAt = now;
        } else {
            this.state = RegisterState.PENDING;
        }
        events.add(event(Change.ENTERED, null, null, List.of(new FieldChange("state", null, state.name()))));
    }

    /** Whether the actor may take the action now: role, scope and state. */
    public boolean allows(RegisterAction action, Actor actor) {
        return action.roleMay(actor.role()) && actor.scope().includes(regionPath) && action.stateAdmits(state, actor);
    }

    private void guard(RegisterAction action, Actor actor) {
        if (!action.roleMay(actor.role()) || !actor.scope().includes(regionPath)) {
            throw new RegisterFacts.NotTheKeeper(label("registry.action." + action.name()));
        }
        if (!action.stateAdmits(state, actor)) {
            if (action == RegisterAction.CORRECT || action == RegisterAction.ATTACH) {
                throw new RegisterFacts.ConfirmedRecordIsTheProvinces();
            }
            throw new RegisterFacts.StateForbids(
                    label("registry.state." + state.name()), label("registry.action." + action.name()));
        }
    }

    private static String reason(String reason, boolean required) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && required) {
            throw new RegisterFacts.ReasonNeeded();
        }
        if (why != null && why.length() > 500) {
            throw new RegisterFacts.ReasonTooLong(500);
        }
        return why;
    }

    /**
     * Corrects the record to {@code values} for the reason given: one history row per changed field.
     * A rejected record corrected by prefecture staff goes back to the province (pending).
     *
     * @throws RegisterFacts.NotTheKeeper, RegisterFacts.ConfirmedRecordIsTheProvinces,
     *     RegisterFacts.ReasonNeeded, RegisterFacts.NothingChanged
     */
    public RegisterRecordEntity correct(RecordValues values, String reason, Actor actor, Instant now) {
        guard(RegisterAction.CORRECT, actor);
        String why = reason(reason, true);
        if (!actor.scope().includes(values.regionPath())) {
            throw new RegisterFacts.NotTheKeeper(label("registry.action.CORRECT"));
        }
        List<FieldChange> changes = RecordDiff.between(values(), values);
        if (changes.isEmpty()) {
            throw new RegisterFacts.NothingChanged();
        }
        String previousPath = regionPath.equals(values.regionPath()) ? null : regionPath;
        apply(values);
        List<FieldChange> all = new ArrayList<>(changes);
        if (state == RegisterState.REJECTED && actor.role() == Role.PREFECTURE_STAFF) {
            all.add(new FieldChange("state", state.name(), RegisterState.PENDING.name()));
            state = RegisterState.PENDING;
            rejectReason = null;
        }
        updatedAt = now;
        all.forEach(c -> newChanges.add(new PendingChange(c.field(), c.oldValue(), c.newValue(), why)));
        events.add(event(Change.CORRECTED, previousPath, why, all));
        return this;
    }

    /** The province confirms a pending record; it counts for exclusions from now on. */
    public RegisterRecordEntity confirm(String note, Actor actor, Instant now) {
        guard(RegisterAction.CONFIRM, actor);
        String why = reason(note, false);
        move(RegisterState.CONFIRMED, why == null ? "确认" : why, now);
        confirmedBy = actor.username();
        confirmedAt = now;
        return this;
    }

    /** The province rejects a pending record with a reason; prefecture staff may correct it and so resubmit it. */
    public RegisterRecordEntity reject(String reason, Actor actor, Instant now) {
        guard(RegisterAction.REJECT, actor);
        String why = reason(reason, true);
        move(RegisterState.REJECTED, why, now);
        rejectReason = why;
        return this;
    }

    /** Attaches a stored document (never removed); one history row names it. */
    public RegisterRecordEntity attach(long documentId, String name, Actor actor, Instant now) {
        guard(RegisterAction.ATTACH, actor);
        if (documentIds.add(documentId)) {
            newChanges.add(new PendingChange("attachments", null, name, "上传附件"));
            updatedAt = now;
        }
        return this;
    }

    /** Before a guarded attachment's bytes are stored: may the actor attach now? */
    public void requireAttachable(Actor actor) {
        guard(RegisterAction.ATTACH, actor);
    }

    private void move(RegisterState to, String why, Instant now) {
        FieldChange change = new FieldChange("state", state.name(), to.name());
        state = to;
        updatedAt = now;
        newChanges.add(new PendingChange(change.field(), change.oldValue(), change.newValue(), why));
        events.add(
                event(to == RegisterState.CONFIRMED ? Change.CONFIRMED : Change.REJECTED, null, why, List.of(change)));
    }

    private RegisterRecordChanged event(Change change, String previousPath, String why, List<FieldChange> changes) {
        return new RegisterRecordChanged(
                id == null ? 0 : id, kind, regionCode, regionPath, previousPath, change, why, List.copyOf(changes));
    }

    private void apply(RecordValues v) {
        kind = v.kind();
        regionCode = v.regionCode();
        regionPath = v.regionPath();
        category = v.category();
        occurredOn = v.occurredOn();
        year = v.year();
        level = v.level();
        major = v.major();
        completed = v.completed();
        dueOn = v.dueOn();
        closedOn = v.closedOn();
        completedOn = v.completedOn();
        imposedBy = v.imposedBy();
        summary = v.summary();
        sourceNumber = v.sourceNumber();
        sourceDate = v.sourceDate();
        sourceIssuer = v.sourceIssuer();
        tasks.clear();
        v.tasks().forEach(t -> tasks.add(new RecordTask(t)));
    }

    /** The record's current values. */
    public RecordValues values() {
        return values(tasks.stream().map(RecordTask::view).toList());
    }

    /** The record's current values without its tasks, which are not read (for a list). */
    public RecordValues valuesWithoutTasks() {
        return values(List.of());
    }

    private RecordValues values(List<RegisterInput.Task> taskValues) {
        return new RecordValues(
                kind,
                regionCode,
                regionPath,
                category,
                occurredOn,
                year,
                level,
                major,
                completed,
                dueOn,
                closedOn,
                completedOn,
                imposedBy,
                summary,
                sourceNumber,
                sourceDate,
                sourceIssuer,
                taskValues);
    }

    /** The history rows recorded since the last call, with the record's id. */
    public List<RegisterChangeEntity> drainChanges(String changedBy, Instant now) {
        List<RegisterChangeEntity> out = newChanges.stream()
                .map(c ->
                        new RegisterChangeEntity(id, c.field(), c.oldValue(), c.newValue(), c.reason(), changedBy, now))
                .toList();
        newChanges.clear();
        return out;
    }

    /** The events registered since the last call, with the record's id filled in. */
    public List<RegisterRecordChanged> drainEvents() {
        List<RegisterRecordChanged> out = events.stream()
                .map(e -> new RegisterRecordChanged(
                        id,
                        e.kind(),
                        e.regionCode(),
                        e.regionPath(),
                        e.previousRegionPath(),
                        e.change(),
                        e.reason(),
                        e.changes()))
                .toList();
        events.clear();
        return out;
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    public Long id() {
        return id;
    }

    public RegisterKind kind() {
        return kind;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public RegisterState state() {
        return state;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public String enteredOrg() {
        return enteredOrg;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Set<Long> documentIds() {
        return Set.copyOf(documentIds);
    }
}
