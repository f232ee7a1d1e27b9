package cn.ecozone.supervision.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.supervision.CheckConcluded;
import cn.ecozone.supervision.SupervisionFacts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scheduled check of a title (on-site check or post-evaluation): opened once per title and check
 * code by the opening job, on the engine while {@link State#OPEN}, and {@link State#CONCLUDED} once the
 * province records its conclusion ({@link CheckConclusion}, a value in the same row). Transitions guard
 * the state and return {@code this}.
 */
@Entity
@Table(name = "supervision_check")
public class CheckEntity {

    /** Where a check stands. */
    public enum State {
        OPEN,
        CONCLUDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id")
    private long titleId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "subject_name")
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "check_code")
    private String checkCode;

    @Enumerated(EnumType.STRING)
    private CheckKind kind;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "named_on")
    private LocalDate namedOn;

    @Column(name = "anniversary_on")
    private LocalDate anniversaryOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Embedded
    private CheckConclusion conclusion;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    private long version;

    protected CheckEntity() {}

    /** What the opening job knows of a check it opens. */
    public record Opening(
            long titleId,
            long candidacyId,
            String regionCode,
            String regionPath,
            String subjectName,
            Programme programme,
            String checkCode,
            CheckKind kind,
            String regulationCode,
            int regulationVersion,
            LocalDate namedOn,
            LocalDate anniversaryOn,
            LocalDate dueOn,
            LocalDate openedOn,
            String editionCode) {}

    /** A check opened on {@code o.openedOn()}; its run is attached by {@link #runStarted}. */
    public static CheckEntity open(Opening o, Instant now) {
        CheckEntity c = new CheckEntity();
        c.titleId = o.titleId();
        c.candidacyId = o.candidacyId();
        c.regionCode = o.regionCode();
        c.regionPath = o.regionPath();
        c.subjectName = o.subjectName();
        c.programme = o.programme();
        c.checkCode = o.checkCode();
        c.kind = o.kind();
        c.regulationCode = o.regulationCode();
        c.regulationVersion = o.regulationVersion();
        c.namedOn = o.namedOn();
        c.anniversaryOn = o.anniversaryOn();
        c.dueOn = o.dueOn();
        c.openedOn = o.openedOn();
        c.editionCode = o.editionCode();
        c.state = State.OPEN;
        c.openedAt = now;
        return c;
    }

    /** The engine run the check's step is carried on. Precondition: none attached yet. */
    public CheckEntity runStarted(long run) {
        if (runId != null) {
            throw new IllegalStateException("check " + id + " already has run " + runId);
        }
        runId = run;
        return this;
    }

    /** Refuses a change once the conclusion is recorded. */
    public CheckEntity requireOpen() {
        if (state != State.OPEN) {
            throw new SupervisionFacts.CheckConcluded();
        }
        return this;
    }

    /**
     * Records the conclusion (Guizhou art. 23; IM eco-civ art. 19) and returns the event to publish.
     *
     * @param rectificationDays the period given for rectification when problems were found, else null
     * @param judgedJson the scorecard(s) the check judged (JSON), frozen with the conclusion, written once
     */
    public CheckConcluded conclude(
            boolean problems,
            boolean falsification,
            Integer rectificationDays,
            String conclusion,
            LocalDate on,
            String by,
            Instant now,
            String judgedJson) {
        requireOpen();
        this.state = State.CONCLUDED;
        this.conclusion =
                new CheckConclusion(problems, falsification, rectificationDays, conclusion, on, by, now, judgedJson);
        return new CheckConcluded(
                id,
                titleId,
                candidacyId,
                regionCode,
                regionPath,
                regulationCode,
                regulationVersion,
                checkCode,
                kind,
                on,
                problems,
                falsification,
                this.conclusion.rectificationDays(),
                conclusion,
                by,
                now);
    }

    public Long id() {
        return id;
    }

    public long titleId() {
        return titleId;
    }

    public long candidacyId() {
        return candidacyId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public String subjectName() {
        return subjectName;
    }

    public Programme programme() {
        return programme;
    }

    public String checkCode() {
        return checkCode;
    }

    public CheckKind kind() {
        return kind;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public LocalDate namedOn() {
        return namedOn;
    }

    public LocalDate anniversaryOn() {
        return anniversaryOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String editionCode() {
        return editionCode;
    }

    public Long runId() {
        return runId;
    }

    public State state() {
        return state;
    }

    /** The conclusion; null while the check is open. */
    public CheckConclusion conclusion() {
        return conclusion;
    }

    public Boolean problemsFound() {
        return conclusion == null ? null : conclusion.problemsFound();
    }

    public Boolean falsificationFound() {
        return conclusion == null ? null : conclusion.falsificationFound();
    }

    public Integer rectificationDays() {
        return conclusion == null ? null : conclusion.rectificationDays();
    }

    public String conclusionZh() {
        return conclusion == null ? null : conclusion.conclusionZh();
    }

    public LocalDate concludedOn() {
        return conclusion == null ? null : conclusion.concludedOn();
    }

    public String concludedBy() {
        return conclusion == null ? null : conclusion.concludedBy();
    }

    public long version() {
        return version;
    }
}
