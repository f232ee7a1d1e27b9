package cn.ecozone.workplan.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.workplan.WorkPlanChanged;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * An annual work plan of a subject for a programme and year: its content (tasks, projects, funds,
 * document). Its filing runs on a procedure run ({@code runId}), which decides who may act, keeps the
 * timeline and says where the plan stands; the receiver is fixed at creation from the regulation.
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

    @Embedded
    private Receiver receiver;

    private String article;

    private String title;
    private String summary;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_name")
    private String documentName;

    /** Where the plan stands, as its run says (kept so that lists filter by it in one query). */
    @Enumerated(EnumType.STRING)
    private WorkPlanState state;

    /** The procedure run of the filing; null only for plans created before V36 until the subject's next write. */
    @Column(name = "run_id")
    private Long runId;

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
            WorkPlanPath path,
            Actor actor,
            Instant now) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = programme;
        this.year = year;
        this.planId = planId;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.receiver = path.hasReceiver()
                ? new Receiver(path.receiverBody(), path.receiverRole(), path.receiverRegionCode())
                : null;
        this.article = path.article();
        this.state = WorkPlanState.DRAFT;
        this.createdBy = actor.username();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Replaces title, summary and rows. Precondition: the run lets the actor file the plan now (the
     * caller asks it, {@code WorkPlanProcedure.requireEditable}).
     */
    public void edit(
            String title,
            String summary,
            List<WorkPlanRows.Task> taskRows,
            List<WorkPlanRows.Project> projectRows,
            List<WorkPlanRows.Fund> fundRows,
            Instant now) {
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
        record("EDITED", null, changes);
    }

    /** Attaches the plan's document. Precondition: as for {@link #edit}. */
    public void attach(long documentId, String name, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "document", documentName, name);
        this.documentId = documentId;
        this.documentName = name;
        this.updatedAt = now;
        record("ATTACHED", null, changes);
    }

    /** The run of the filing has started. Precondition: the plan has no run yet. */
    public void started(long runId) {
        this.runId = runId;
    }

    /** The run moved: records where the plan now stands (as the run says) and an audited change. */
    public void moved(WorkPlanState to, String action, Instant now, String reason) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "state", state.name(), to.name());
        state = to;
        updatedAt = now;
        record(action, reason, changes);
    }

    private void record(String action, String reason, List<FieldChange> changes) {
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

    /** The receiver of the filing, or {@code null} when the rules name none. */
    public Receiver receiver() {
        return receiver;
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

    public Long runId() {
        return runId;
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
}
