package cn.ecozone.report.internal;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Programme;
import cn.ecozone.report.ReportState;
import cn.ecozone.shared.ApiException;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual report of a title for one year (issue 13 §1). The subject writes its text while the run waits
 * at the {@code SUBMIT} step; when it submits, the year's scorecard and key projects are frozen for that
 * opening of the step ({@link #freeze}), which {@code REPORT_COMPLETE} checks. Its run decides who acts.
 */
@Entity
@Table(name = "annual_report")
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id")
    private long titleId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "subject_name")
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "check_code")
    private String checkCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_level")
    private RegionLevel subjectLevel;

    @Column(name = "report_year")
    private int year;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_from_setting")
    private boolean dueFromSetting;

    @Column(name = "report_text")
    private String text;

    @Column(name = "progress_text")
    private String progress;

    @Column(name = "scorecard_edition")
    private String scorecardEdition;

    @Embedded
    private FrozenSnapshot frozen;

    @Column(name = "run_id")
    private Long runId;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    @Column(name = "current_step")
    private String currentStep;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "annual_report_attachment", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq")
    private List<AttachmentRow> attachments = new ArrayList<>();

    protected ReportEntity() {}

    /** A report just opened, with the subject; {@link #started} gives it its run. */
    public ReportEntity(ReportOpening o, String openedBy, Instant now) {
        this.titleId = o.titleId();
        this.regionCode = o.regionCode();
        this.regionPath = o.regionPath();
        this.subjectName = o.subjectName();
        this.programme = o.programme();
        this.regulationCode = o.regulationCode();
        this.regulationVersion = o.regulationVersion();
        this.checkCode = o.checkCode();
        this.subjectLevel = o.level();
        this.year = o.year();
        this.dueOn = o.dueOn();
        this.dueFromSetting = o.dueFromSetting();
        this.scorecardEdition = o.edition();
        this.state = ReportState.OPEN;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.updatedAt = now;
    }

    public ReportEntity started(long runId, String firstStep) {
        this.runId = runId;
        this.currentStep = firstStep;
        return this;
    }

    /** The subject rewrites the text and progress; only while the report is with it. */
    public ReportEntity write(String text, String progress, Instant now) {
        requireWithSubject();
        this.text = text;
        this.progress = progress;
        this.updatedAt = now;
        return this;
    }

    /** Attaches a stored document; only while the report is with the subject. */
    public ReportEntity attach(long documentId, String name, Instant now) {
        requireWithSubject();
        attachments.add(new AttachmentRow(documentId, name, now));
        this.updatedAt = now;
        return this;
    }

    /**
     * Freezes the year's scorecard and key projects (JSON) for {@code opening} of the {@code SUBMIT} step:
     * values changed later do not alter them. Only while the report is with the subject.
     */
    public ReportEntity freeze(String scorecardJson, String projectsJson, int opening, Instant now) {
        requireWithSubject();
        this.frozen = new FrozenSnapshot(scorecardJson, projectsJson, opening, now);
        return this;
    }

    /** Mirrors where the run now stands. */
    public ReportEntity moved(ReportState state, String currentStep, Instant now) {
        this.state = state;
        this.currentStep = currentStep;
        this.updatedAt = now;
        return this;
    }

    /** Whether the report is complete for {@code opening}: its text written and the scorecard frozen then. */
    public boolean completeFor(int opening) {
        return text != null && !text.isBlank() && frozen().frozenAt(opening);
    }

    public boolean withSubject() {
        return state == ReportState.OPEN || state == ReportState.RETURNED;
    }

    private void requireWithSubject() {
        if (!withSubject()) {
            throw ApiException.conflict("report.not-editable", state.name());
        }
    }

    public long id() {
        return id;
    }

    public long titleId() {
        return titleId;
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

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public String checkCode() {
        return checkCode;
    }

    public RegionLevel subjectLevel() {
        return subjectLevel;
    }

    public int year() {
        return year;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean dueFromSetting() {
        return dueFromSetting;
    }

    public String text() {
        return text;
    }

    public String progress() {
        return progress;
    }

    public String scorecardEdition() {
        return scorecardEdition;
    }

    /** What was frozen at the last submission ({@link FrozenSnapshot#NONE} before any). */
    public FrozenSnapshot frozen() {
        return frozen == null ? FrozenSnapshot.NONE : frozen;
    }

    public Long runId() {
        return runId;
    }

    public ReportState state() {
        return state;
    }

    public String currentStep() {
        return currentStep;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<AttachmentRow> attachments() {
        return List.copyOf(attachments);
    }
}
