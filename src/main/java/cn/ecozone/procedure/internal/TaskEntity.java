package cn.ecozone.procedure.internal;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One assignee's task in one opening (round) of a step: a role in a region, optionally narrowed to an
 * organization or a user. It leaves {@code OPEN} only under the run's row lock, read after the lock
 * ({@link RunLock}): of two simultaneous actors the second finds it closed.
 */
@Entity
@Table(name = "procedure_task")
public class TaskEntity {

    public enum State {
        OPEN,
        DONE,
        RETURNED,
        SUPERSEDED,
        WITHDRAWN,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id")
    private long runId;

    @Column(name = "step_index")
    private int stepIndex;

    @Column(name = "step_code")
    private String stepCode;

    @Column(name = "step_kind")
    private String stepKind;

    @Column(name = "step_round")
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_role")
    private Role assigneeRole;

    @Column(name = "assignee_region_code")
    private String assigneeRegionCode;

    @Column(name = "assignee_organization_id")
    private Long assigneeOrganizationId;

    @Column(name = "assignee_organization_name")
    private String assigneeOrganizationName;

    @Column(name = "assignee_user_id")
    private Long assigneeUserId;

    @Enumerated(EnumType.STRING)
    private State state;

    private String outcome;
    private String opinion;

    @Column(name = "acted_by")
    private Long actedBy;

    @Column(name = "acted_by_name")
    private String actedByName;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "deadline_explanation")
    private String deadlineExplanation;

    /** The date the periods counted from this task's step run from, when the actor gave one. */
    @Column(name = "counts_from")
    private LocalDate countsFrom;

    private long version;

    protected TaskEntity() {}

    /** An open task; its assignee is taken from {@code assignee} (a template, not persisted). */
    TaskEntity(long runId, int stepIndex, String stepCode, String stepKind, int round, Assignee assignee, Instant now) {
        this.runId = runId;
        this.stepIndex = stepIndex;
        this.stepCode = stepCode;
        this.stepKind = stepKind;
        this.round = round;
        this.assigneeRole = assignee.role();
        this.assigneeRegionCode = assignee.regionCode();
        this.assigneeOrganizationId = assignee.organizationId();
        this.assigneeOrganizationName = assignee.organizationName();
        this.assigneeUserId = assignee.userId();
        this.state = State.OPEN;
        this.openedAt = now;
    }

    /** Who a task is for: a role in a region, narrowed to an organization or a user when not null. */
    record Assignee(Role role, String regionCode, Long organizationId, String organizationName, Long userId) {}

    Assignee assignee() {
        return new Assignee(
                assigneeRole, assigneeRegionCode, assigneeOrganizationId, assigneeOrganizationName, assigneeUserId);
    }

    /** Whether the task is for {@code actor}: its role in the region, and its organization or user if named. */
    public boolean isFor(Actor actor) {
        return actor.role() == assigneeRole
                && assigneeRegionCode.equals(actor.regionCode())
                && (assigneeOrganizationId == null || assigneeOrganizationId == actor.organizationId())
                && (assigneeUserId == null || assigneeUserId == actor.userId());
    }

    /** Closes the task, with the actor's act when {@code actor} is given; under the run's lock. */
    void closed(State end, String outcome, String opinion, Actor actor, Instant now) {
        this.state = end;
        this.outcome = outcome;
        this.opinion = opinion;
        if (actor != null) {
            this.actedBy = actor.userId();
            this.actedByName = actor.displayName();
            this.actedAt = now;
        }
        this.version++;
    }

    /** Records the date from which the periods counted from this done task's step run. */
    void countFrom(LocalDate date) {
        this.countsFrom = date;
    }

    /** Marks a done task withdrawn (its act taken back); the caller opens a new task for the assignee. */
    void withdrawn() {
        this.state = State.WITHDRAWN;
        this.countsFrom = null;
        this.version++;
    }

    /** For tests that build runs in memory: the id the database would give. */
    void assignId(long id) {
        this.id = id;
    }

    void deadline(LocalDate due, String explanation) {
        this.dueDate = due;
        this.deadlineExplanation = explanation;
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public int stepIndex() {
        return stepIndex;
    }

    public String stepCode() {
        return stepCode;
    }

    public int round() {
        return round;
    }

    public Role assigneeRole() {
        return assigneeRole;
    }

    public String assigneeRegionCode() {
        return assigneeRegionCode;
    }

    public Long assigneeOrganizationId() {
        return assigneeOrganizationId;
    }

    public String assigneeOrganizationName() {
        return assigneeOrganizationName;
    }

    public Long assigneeUserId() {
        return assigneeUserId;
    }

    public State state() {
        return state;
    }

    public String outcome() {
        return outcome;
    }

    public String opinion() {
        return opinion;
    }

    public Long actedBy() {
        return actedBy;
    }

    public String actedByName() {
        return actedByName;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The date periods counted from this step run from, or {@code null}: then from {@link #actedAt}. */
    public LocalDate countsFrom() {
        return countsFrom;
    }

    public String deadlineExplanation() {
        return deadlineExplanation;
    }

    public long version() {
        return version;
    }
}
