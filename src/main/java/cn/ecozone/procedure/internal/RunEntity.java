package cn.ecozone.procedure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A run of a procedure definition for one subject record, with the definition's steps pinned as JSON.
 * Every change of its tasks bumps its {@code version} (the version the user saw) under the row's lock.
 * {@code round} counts the openings of steps: the tasks opened together share it.
 */
@Entity
@Table(name = "procedure_run")
public class RunEntity {

    public enum State {
        OPEN,
        FINISHED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    @Column(name = "subject_region_code")
    private String subjectRegionCode;

    @Column(name = "subject_region_path")
    private String subjectRegionPath;

    @Column(name = "subject_title")
    private String subjectTitle;

    @Column(name = "subject_link")
    private String subjectLink;

    @Column(name = "definition_code")
    private String definitionCode;

    @Column(name = "definition_version")
    private int definitionVersion;

    @Column(name = "steps_json")
    private String stepsJson;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private State state;

    @Column(name = "current_step")
    private int currentStep;

    @Column(name = "step_round")
    private int round;

    @Column(name = "initiator_user_id")
    private long initiatorUserId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private long version;

    protected RunEntity() {}

    public RunEntity(
            String subjectType,
            long subjectId,
            String subjectRegionCode,
            String subjectRegionPath,
            String subjectTitle,
            String subjectLink,
            String definitionCode,
            int definitionVersion,
            String stepsJson,
            long initiatorUserId,
            Instant now) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectRegionCode = subjectRegionCode;
        this.subjectRegionPath = subjectRegionPath;
        this.subjectTitle = subjectTitle;
        this.subjectLink = subjectLink;
        this.definitionCode = definitionCode;
        this.definitionVersion = definitionVersion;
        this.stepsJson = stepsJson;
        this.state = State.OPEN;
        this.initiatorUserId = initiatorUserId;
        this.startedAt = now;
    }

    /** For tests that build runs in memory: the id the database would give. */
    void assignId(long id) {
        this.id = id;
    }

    /** Opens step {@code index} afresh: a new round; returns the round. */
    int open(int index) {
        currentStep = index;
        round++;
        version++;
        return round;
    }

    /** Records a change that leaves the current step as it is. */
    void touch() {
        version++;
    }

    /** A finished run open again (its step is opened next, {@link #open}). */
    void reopen() {
        state = State.OPEN;
        endedAt = null;
    }

    /** The subject renamed (its title in the inbox and deadlines); the tasks are unchanged. */
    void retitle(String title) {
        subjectTitle = title;
    }

    void end(State end, Instant now) {
        state = end;
        endedAt = now;
        version++;
    }

    public Long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String subjectRegionCode() {
        return subjectRegionCode;
    }

    public String subjectRegionPath() {
        return subjectRegionPath;
    }

    public String subjectTitle() {
        return subjectTitle;
    }

    public String subjectLink() {
        return subjectLink;
    }

    public String definitionCode() {
        return definitionCode;
    }

    public int definitionVersion() {
        return definitionVersion;
    }

    public String stepsJson() {
        return stepsJson;
    }

    public State state() {
        return state;
    }

    public int currentStep() {
        return currentStep;
    }

    public int round() {
        return round;
    }

    public long initiatorUserId() {
        return initiatorUserId;
    }

    public long version() {
        return version;
    }
}
