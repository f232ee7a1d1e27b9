package cn.ecozone.plan.internal;

import cn.ecozone.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a plan records: its regulation, subject and header, its text, and what its promulgation,
 * filing and filing receipt said. The steps that set these are the run's; {@link PlanEntity} adds the
 * plan's position and its own transitions.
 */
@MappedSuperclass
public abstract class PlanRecord {

    @Column(name = "regulation_code")
    private String regulationCode;

    private String programme;

    @Column(name = "plan_kind")
    private String planKind;

    @Column(name = "subject_region_code")
    private String subjectRegionCode;

    @Column(name = "subject_region_path")
    private String subjectRegionPath;

    private String title;

    @Column(name = "period_start")
    private int periodStart;

    @Column(name = "period_end")
    private int periodEnd;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "promulgation_body")
    private String promulgationBody;

    @Column(name = "promulgated_on")
    private LocalDate promulgatedOn;

    @Column(name = "promulgation_number")
    private String promulgationNumber;

    /** The issuing document (印发文件) the current promulgation carried (V131), as the public column names it. */
    @Column(name = "issuing_document_id")
    private Long issuingDocumentId;

    @Column(name = "issuing_document_name")
    private String issuingDocumentName;

    /** The filing deadline as the run's filing step registered it, with the calendar's explanation. */
    @Column(name = "filing_due")
    private LocalDate filingDue;

    /** The explanation as text, in its promulgator's language: only plans promulgated before V124 have it. */
    @Column(name = "filing_explanation")
    private String filingExplanation;

    /** The filing period (V124): working days, their counting, the article; read with the dates above. */
    @Column(name = "filing_working_days")
    private Integer filingWorkingDays;

    @Column(name = "filing_counting")
    private String filingCounting;

    @Column(name = "filing_article")
    private String filingArticle;

    /** Working days a filing came after the deadline (0 on time), once filed (V124). */
    @Column(name = "filing_late_days")
    private Integer filingLateDays;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "filed_late")
    private boolean filedLate;

    /** The filing receipt (备案回执): the date the receiving body received the filing, and that body. */
    @Column(name = "filing_received_on")
    private LocalDate filingReceivedOn;

    @Column(name = "filing_received_by")
    private String filingReceivedBy;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PlanRecord() {}

    protected PlanRecord(
            String regulationCode,
            String programme,
            String planKind,
            String regionCode,
            String regionPath,
            String title,
            int periodStart,
            int periodEnd,
            Actor actor,
            Instant now) {
        this.regulationCode = regulationCode;
        this.programme = programme;
        this.planKind = planKind;
        this.subjectRegionCode = regionCode;
        this.subjectRegionPath = regionPath;
        header(title, periodStart, periodEnd);
        this.createdBy = actor.username();
        this.createdAt = now;
    }

    protected final void header(String title, int periodStart, int periodEnd) {
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    protected final void text(long documentId, String name) {
        this.documentId = documentId;
        this.documentName = name;
    }

    /**
     * What the promulgation recorded, without an issuing document ({@link #issuedWith} adds the one it
     * carried); the caller has checked the values and completed the run's step.
     */
    public void promulgated(String body, LocalDate on, String number) {
        this.promulgationBody = body;
        this.promulgatedOn = on;
        this.promulgationNumber = number;
        this.issuingDocumentId = null;
        this.issuingDocumentName = null;
    }

    /** The issuing document the promulgation just recorded carried (ADR 0056); kept in plan_text as well. */
    public void issuedWith(long documentId, String name) {
        this.issuingDocumentId = documentId;
        this.issuingDocumentName = name;
    }

    /**
     * The filing deadline the run's filing step registered (from the promulgation date), with the period
     * it was counted by ({@code workingDays} working days, {@code counting}, under {@code article}), from
     * which the explanation is rendered in the reader's language (issue 14 §8).
     */
    public void filingDue(LocalDate due, Integer workingDays, String counting, String article) {
        this.filingDue = due;
        this.filingExplanation = null;
        this.filingWorkingDays = workingDays;
        this.filingCounting = counting;
        this.filingArticle = article == null || article.length() <= 40 ? article : article.substring(0, 40);
    }

    /**
     * The subject filed on {@code on}: late when after the filing deadline, by {@code lateDays} working
     * days (0 on time).
     */
    public void filed(LocalDate on, int lateDays) {
        this.filedOn = on;
        this.filedLate = filingDue != null && on.isAfter(filingDue);
        // filed on a rest day after the deadline: late, though no working day has passed; counted as one
        this.filingLateDays = filedLate ? Math.max(1, lateDays) : 0;
    }

    /** The receiving body's filing receipt. */
    public void received(LocalDate on, String by) {
        this.filingReceivedOn = on;
        this.filingReceivedBy = by;
    }

    /** A new revision goes the path again: nothing of the previous promulgation or filing holds. */
    protected final void clearPath() {
        promulgated(null, null, null);
        filingDue(null, null, null, null);
        this.filedOn = null;
        this.filingLateDays = null;
        this.filedLate = false;
        received(null, null);
    }

    public String regulationCode() {
        return regulationCode;
    }

    public String programme() {
        return programme;
    }

    public String planKind() {
        return planKind;
    }

    public String subjectRegionCode() {
        return subjectRegionCode;
    }

    public String subjectRegionPath() {
        return subjectRegionPath;
    }

    public String title() {
        return title;
    }

    public int periodStart() {
        return periodStart;
    }

    public int periodEnd() {
        return periodEnd;
    }

    public Long documentId() {
        return documentId;
    }

    public String documentName() {
        return documentName;
    }

    public String promulgationBody() {
        return promulgationBody;
    }

    public LocalDate promulgatedOn() {
        return promulgatedOn;
    }

    public String promulgationNumber() {
        return promulgationNumber;
    }

    public Long issuingDocumentId() {
        return issuingDocumentId;
    }

    public String issuingDocumentName() {
        return issuingDocumentName;
    }

    public LocalDate filingDue() {
        return filingDue;
    }

    public String filingExplanation() {
        return filingExplanation;
    }

    /** What the filing explanation is made of, for rendering it in a reader's language. */
    public PlanFiling filing() {
        return new PlanFiling(
                promulgatedOn,
                filingDue,
                filingWorkingDays,
                filingCounting,
                filingArticle,
                filedOn,
                filingLateDays,
                filingExplanation);
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public boolean filedLate() {
        return filedLate;
    }

    public LocalDate filingReceivedOn() {
        return filingReceivedOn;
    }

    public String filingReceivedBy() {
        return filingReceivedBy;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
