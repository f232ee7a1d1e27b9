package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseFacts;
import cn.ecozone.cases.CaseState;
import cn.ecozone.cases.TransformationPath;
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

/**
 * A typical case (典型案例). Owns its transitions: edits only with its government (draft or returned),
 * then mirrors its run's position; a decision ends it published or rejected.
 */
@Entity
@Table(name = "typical_case")
public class TypicalCaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "office_region_code")
    private String officeRegionCode;

    private String programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "case_year")
    private int year;

    private String title;

    @Column(name = "unit_name")
    private String unitName;

    @Enumerated(EnumType.STRING)
    private TransformationPath path;

    private String story;

    @Enumerated(EnumType.STRING)
    private CaseState state;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TypicalCaseEntity() {}

    /** The regulation's identity a case is recommended under. */
    public record Pinned(String programme, String code, int version, String officeRegionCode) {}

    /** The case's own words, checked by the caller. */
    public record Content(int year, String title, String unitName, TransformationPath path, String story) {}

    /** A new draft of the region's government. */
    public TypicalCaseEntity(String regionCode, String regionPath, Pinned pinned, Content c, String by, Instant now) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = pinned.programme();
        this.regulationCode = pinned.code();
        this.regulationVersion = pinned.version();
        this.officeRegionCode = pinned.officeRegionCode();
        this.state = CaseState.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        apply(c, now);
    }

    /** Changes the content; only while the case is with its government. */
    public TypicalCaseEntity edit(Content c, Instant now) {
        requireWithSubject();
        apply(c, now);
        return this;
    }

    /** Throws unless the case is with its government (draft or returned). */
    public void requireWithSubject() {
        if (state != CaseState.DRAFT && state != CaseState.RETURNED) {
            throw new CaseFacts.CaseNotAt(state);
        }
    }

    /** Its photos changed: the version moves, so a form read before sees the change. */
    public TypicalCaseEntity touched(java.time.Instant now) {
        requireWithSubject();
        this.updatedAt = now;
        return this;
    }

    /** The case's run started. */
    public TypicalCaseEntity started(long runId) {
        this.runId = runId;
        return this;
    }

    /** The run moved: the case now stands at {@code next} (never PUBLISHED or REJECTED: see {@link #decided}). */
    public TypicalCaseEntity moved(CaseState next, Instant now) {
        if (next == CaseState.PUBLISHED || next == CaseState.REJECTED) {
            throw new IllegalArgumentException("a decision is recorded by decided()");
        }
        this.state = next;
        this.decisionReason = null;
        this.updatedAt = now;
        return this;
    }

    /** Returned with a reason to {@code next} (its government, or the review again). */
    public TypicalCaseEntity returned(CaseState next, String reason, Instant now) {
        moved(next, now);
        this.decisionReason = reason;
        return this;
    }

    /** The office decided at PUBLISH: published (library) or rejected with a reason. */
    public TypicalCaseEntity decided(boolean publish, String reason, Instant now) {
        if (state != CaseState.DECIDING) {
            throw new CaseFacts.CaseNotAt(state);
        }
        this.state = publish ? CaseState.PUBLISHED : CaseState.REJECTED;
        this.decisionReason = publish ? null : reason;
        this.publishedAt = publish ? now : null;
        this.updatedAt = now;
        return this;
    }

    private void apply(Content c, Instant now) {
        this.year = c.year();
        this.title = c.title();
        this.unitName = c.unitName();
        this.path = c.path();
        this.story = c.story();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public String officeRegionCode() {
        return officeRegionCode;
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

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public String unitName() {
        return unitName;
    }

    public TransformationPath path() {
        return path;
    }

    public String story() {
        return story;
    }

    public CaseState state() {
        return state;
    }

    public Long runId() {
        return runId;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
