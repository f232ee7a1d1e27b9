package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.RectificationState;
import jakarta.persistence.Column;
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
 * A rectification: the period a rectification order (Guizhou art. 23 限定期; IM eco-civ art. 18 督促整改)
 * or a warning gives the subject, counted in working days from the day it was ordered. It runs on the
 * regulation's {@code enforcement.rectification} steps (the subject reports, the department accepts or
 * returns); its due date is a registered deadline, whose overdue event opens the next proposal.
 *
 * @see cn.ecozone.enforcement.RectificationState
 */
@Entity
@Table(name = "enforcement_rectification")
public class RectificationEntity {

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

    private String programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    /** {@code RECTIFICATION} (the order) or {@code WARNING} (the period after a warning). */
    @Enumerated(EnumType.STRING)
    private Measure stage;

    /** {@code PROPOSAL}, or the check kind whose conclusion ordered it ({@code POST_EVALUATION}, …). */
    private String origin;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "check_id")
    private Long checkId;

    @Column(name = "text_zh")
    private String textZh;

    @Column(name = "working_days")
    private int workingDays;

    /** The article and note of the period (限定期, a suggestion marked uncertain or silent). */
    @Column(name = "period_article")
    private String periodArticle;

    @Column(name = "period_note")
    private String periodNote;

    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "due_explanation")
    private String dueExplanation;

    @Enumerated(EnumType.STRING)
    private RectificationState state;

    private String report;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "ordered_by")
    private String orderedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected RectificationEntity() {}

    RectificationEntity(
            TitleRef title,
            String regulationCode,
            int regulationVersion,
            Measure stage,
            String origin,
            Long proposalId,
            Long checkId,
            String textZh,
            int workingDays,
            String periodArticle,
            String periodNote,
            LocalDate orderedOn,
            String orderedBy,
            Instant now) {
        this.titleId = title.titleId();
        this.candidacyId = title.candidacyId();
        this.regionCode = title.regionCode();
        this.regionPath = title.regionPath();
        this.subjectName = title.subjectName();
        this.programme = title.programme();
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.stage = stage;
        this.origin = origin;
        this.proposalId = proposalId;
        this.checkId = checkId;
        this.textZh = textZh;
        this.workingDays = workingDays;
        this.periodArticle = periodArticle;
        this.periodNote = periodNote;
        this.orderedOn = orderedOn;
        this.orderedBy = orderedBy;
        this.state = RectificationState.OPEN;
        this.createdAt = now;
    }

    /** The registered deadline's due date and how it was counted, and the run of its steps. */
    RectificationEntity scheduled(LocalDate dueOn, String explanation, long runId) {
        this.dueOn = dueOn;
        this.dueExplanation = explanation;
        this.runId = runId;
        return this;
    }

    /** The subject's report (at most 4000 characters), kept with the rectification. */
    RectificationEntity reported(String text) {
        if (text == null || text.isBlank()) {
            throw new EnforcementFacts.ReportNeeded();
        }
        if (text.strip().length() > 4000) {
            throw new EnforcementFacts.TooLong("report", 4000);
        }
        this.report = text.strip();
        return this;
    }

    /**
     * The period passed without acceptance. Only an open rectification becomes overdue.
     *
     * @return whether it changed
     */
    boolean overdue() {
        if (state != RectificationState.OPEN) {
            return false;
        }
        state = RectificationState.OVERDUE;
        return true;
    }

    /** The department accepted the report: done (also after the due date, before a decision escalated it). */
    RectificationEntity completed() {
        if (state == RectificationState.OPEN || state == RectificationState.OVERDUE) {
            state = RectificationState.COMPLETED;
        }
        return this;
    }

    /** A warning or revocation was decided on this overdue rectification. */
    RectificationEntity escalated() {
        state = RectificationState.ESCALATED;
        return this;
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

    public String programme() {
        return programme;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public Measure stage() {
        return stage;
    }

    public String origin() {
        return origin;
    }

    public Long proposalId() {
        return proposalId;
    }

    public Long checkId() {
        return checkId;
    }

    public String textZh() {
        return textZh;
    }

    public int workingDays() {
        return workingDays;
    }

    public String periodArticle() {
        return periodArticle;
    }

    public String periodNote() {
        return periodNote;
    }

    public LocalDate orderedOn() {
        return orderedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String dueExplanation() {
        return dueExplanation;
    }

    public RectificationState state() {
        return state;
    }

    public String report() {
        return report;
    }

    public Long runId() {
        return runId;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    TitleRef title() {
        return new TitleRef(titleId, candidacyId, regionCode, regionPath, subjectName, programme);
    }
}
