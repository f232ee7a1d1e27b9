package cn.ecozone.workplan.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Role;
import cn.ecozone.workplan.WorkPlanChanged;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import cn.ecozone.workplan.WorkPlanView;
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
import java.util.ArrayList;
import java.util.List;

/**
 * An annual work plan of a subject for a programme and year. Every transition guards (actor, state,
 * input), mutates, records a timeline entry and a {@link WorkPlanChanged} event, and returns; there is no
 * setter of the state. The receiver (body, role, region) is fixed at creation from the regulation.
 */
@Entity
@Table(name = "work_plan")
public class WorkPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "plan_year")
    private int year;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "receiver_body")
    private String receiverBody;

    @Column(name = "receiver_role")
    @Enumerated(EnumType.STRING)
    private Role receiverRole;

    @Column(name = "receiver_region_code")
    private String receiverRegionCode;

    /** The article of the filing step or of the duty, e.g. 第3条; null where the rules are silent. */
    private String article;

    private String title;
    private String summary;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_name")
    private String documentName;

    @Enumerated(EnumType.STRING)
    private WorkPlanState state;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "work_plan_task", joinColumns = @JoinColumn(name = "work_plan_id"))
    @OrderColumn(name = "row_index")
    private List<TaskRow> tasks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_plan_project", joinColumns = @JoinColumn(name = "work_plan_id"))
    @OrderColumn(name = "row_index")
    private List<ProjectRow> projects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_plan_fund", joinColumns = @JoinColumn(name = "work_plan_id"))
    @OrderColumn(name = "row_index")
    private List<FundRow> funds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_plan_entry", joinColumns = @JoinColumn(name = "work_plan_id"))
    @OrderColumn(name = "row_index")
    private List<EntryRow> entries = new ArrayList<>();

    @Transient
    private final List<WorkPlanChanged> events = new ArrayList<>();

    protected WorkPlanEntity() {}

    /** A new draft of the subject at {@code regionCode}. */
    public WorkPlanEntity(
            String regionCode,
            String regionPath,
            Programme programme,
            int year,
            Long planId,
            String regulationCode,
            int regulationVersion,
            Receiver receiver,
            Actor actor,
            Instant now) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = programme;
        this.year = year;
        this.planId = planId;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.receiverBody = receiver.body();
        this.receiverRole = receiver.role();
        this.receiverRegionCode = receiver.regionCode();
        this.article = receiver.article();
        this.state = WorkPlanState.DRAFT;
        this.createdBy = actor.username();
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ----- the subject -----

    /** Replaces title, summary and rows while the plan is with the subject (draft or returned). */
    public void edit(
            String title,
            String summary,
            List<WorkPlanRows.Task> taskRows,
            List<WorkPlanRows.Project> projectRows,
            List<WorkPlanRows.Fund> fundRows,
            Actor actor,
            Instant now) {
        requireEditable(actor);
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "title", this.title, title);
        FieldChange.addIfChanged(changes, "summary", this.summary, summary);
        FieldChange.addIfChanged(changes, "tasks", Integer.toString(tasks.size()), Integer.toString(taskRows.size()));
        FieldChange.addIfChanged(
                changes, "projects", Integer.toString(projects.size()), Integer.toString(projectRows.size()));
        FieldChange.addIfChanged(changes, "funds", Integer.toString(funds.size()), Integer.toString(fundRows.size()));
        this.title = title;
        this.summary = summary;
        tasks.clear();
        taskRows.forEach(t -> tasks.add(new TaskRow(t)));
        projects.clear();
        projectRows.forEach(p -> projects.add(new ProjectRow(p)));
        funds.clear();
        fundRows.forEach(f -> funds.add(new FundRow(f)));
        this.updatedAt = now;
        events.add(new WorkPlanChanged(id == null ? 0 : id, regionCode, year, "EDITED", null, changes));
    }

    /** Attaches the plan's document; the subject only, while the plan is with it. */
    public void attach(long documentId, String name, Actor actor, Instant now) {
        requireEditable(actor);
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "document", documentName, name);
        this.documentId = documentId;
        this.documentName = name;
        this.updatedAt = now;
        record("ATTACHED", actor, now, null, changes);
    }

    /** Throws unless the actor is the subject and the plan is a draft or returned. */
    public void requireEditable(Actor actor) {
        requireSubject(actor);
        if (state != WorkPlanState.DRAFT && state != WorkPlanState.RETURNED) {
            throw ApiException.conflict("error.workplan.not-editable", state.name());
        }
    }

    /**
     * Files the plan with the receiver (Xilingol art. 3), or keeps it on record where the rules name no
     * receiver. Guard: the subject, a draft or returned plan, a title and a document.
     */
    public void file(Actor actor, Instant now) {
        requireEditable(actor);
        if (documentId == null) {
            throw ApiException.unprocessable("document-missing", "document", "error.workplan.document-missing");
        }
        if (title == null || title.isBlank()) {
            throw ApiException.invalid("title", "validation.required");
        }
        move(WorkPlanState.FILED, "FILED", actor, now, null);
        filedAt = now;
        filedBy = actor.username();
        returnReason = null;
    }

    /** The subject takes a filed plan back before the receiver has acted on it. */
    public void withdraw(Actor actor, Instant now) {
        requireSubject(actor);
        requireState(WorkPlanState.FILED);
        move(WorkPlanState.DRAFT, "WITHDRAWN", actor, now, null);
        filedAt = null;
        filedBy = null;
    }

    // ----- the receiver -----

    /** The receiver returns the filed plan with a reason (400 without one). */
    public void returnWithReason(String reason, Actor actor, Instant now) {
        requireReceiver(actor);
        requireState(WorkPlanState.FILED);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "validation.reason.required");
        }
        String why = reason.strip();
        move(WorkPlanState.RETURNED, "RETURNED", actor, now, why);
        returnReason = why;
        returnedAt = now;
        returnedBy = actor.username();
    }

    /** The receiver acknowledges the filing (已接收备案). */
    public void acknowledge(Actor actor, Instant now) {
        requireReceiver(actor);
        requireState(WorkPlanState.FILED);
        move(WorkPlanState.RECEIVED, "RECEIVED", actor, now, null);
        receivedAt = now;
        receivedBy = actor.username();
    }

    // ----- who -----

    /** The subject: its government sitting at the plan's region (county or league level). */
    public boolean isSubject(Actor actor) {
        return regionCode.equals(actor.regionCode())
                && (actor.role() == Role.COUNTY_GOVERNMENT || actor.role() == Role.PREFECTURE_GOVERNMENT);
    }

    /** The receiver named by the rules, sitting at the receiving region. */
    public boolean isReceiver(Actor actor) {
        return receiverRole != null && actor.role() == receiverRole && receiverRegionCode.equals(actor.regionCode());
    }

    private void requireSubject(Actor actor) {
        if (!isSubject(actor)) {
            throw ApiException.forbidden("error.workplan.not-subject");
        }
    }

    private void requireReceiver(Actor actor) {
        if (!isReceiver(actor)) {
            throw ApiException.forbidden(
                    receiverRole == null ? "error.workplan.no-receiver" : "error.workplan.not-receiver");
        }
    }

    private void requireState(WorkPlanState expected) {
        if (state != expected) {
            throw ApiException.conflict("error.workplan.state", state.name());
        }
    }

    private void move(WorkPlanState to, String action, Actor actor, Instant now, String reason) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "state", state.name(), to.name());
        state = to;
        updatedAt = now;
        record(action, actor, now, reason, changes);
    }

    private void record(String action, Actor actor, Instant now, String reason, List<FieldChange> changes) {
        entries.add(new EntryRow(action, actor.username(), actor.role().name(), now, reason));
        events.add(new WorkPlanChanged(id == null ? 0 : id, regionCode, year, action, reason, changes));
    }

    /** The events of the changes made since the last call; the caller publishes them after saving. */
    public List<WorkPlanChanged> drainEvents() {
        List<WorkPlanChanged> out = events.stream()
                .map(e -> new WorkPlanChanged(id, e.regionCode(), e.year(), e.action(), e.reason(), e.changes()))
                .toList();
        events.clear();
        return out;
    }

    // ----- reads -----

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Programme programme() {
        return programme;
    }

    public int year() {
        return year;
    }

    public Long planId() {
        return planId;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public String receiverBody() {
        return receiverBody;
    }

    public Role receiverRole() {
        return receiverRole;
    }

    public String receiverRegionCode() {
        return receiverRegionCode;
    }

    public String article() {
        return article;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Long documentId() {
        return documentId;
    }

    public String documentName() {
        return documentName;
    }

    public WorkPlanState state() {
        return state;
    }

    public String returnReason() {
        return returnReason;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<WorkPlanRows.Task> tasks() {
        return tasks.stream().map(TaskRow::toRow).toList();
    }

    public List<WorkPlanRows.Project> projects() {
        return projects.stream().map(ProjectRow::toRow).toList();
    }

    public List<WorkPlanRows.Fund> funds() {
        return funds.stream().map(FundRow::toRow).toList();
    }

    public List<WorkPlanView.Entry> timeline() {
        return entries.stream().map(EntryRow::toEntry).toList();
    }
}
