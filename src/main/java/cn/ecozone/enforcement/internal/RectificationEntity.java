package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.RectificationState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
public class RectificationEntity extends TitledRecord {

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

    @Embedded
    private RectificationPeriod period;

    @Enumerated(EnumType.STRING)
    private RectificationState state;

    private String report;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "ordered_by")
    private String orderedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The day the subject reported, while the report awaits the department (the subject's deadline stops). */
    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @ElementCollection
    @CollectionTable(name = "enforcement_rectification_document", joinColumns = @JoinColumn(name = "rectification_id"))
    @OrderColumn(name = "seq")
    private List<RectificationDocument> documents = new ArrayList<>();

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
        super(title, regulationCode, regulationVersion);
        this.stage = stage;
        this.origin = origin;
        this.proposalId = proposalId;
        this.checkId = checkId;
        this.textZh = textZh;
        this.period = new RectificationPeriod(workingDays, periodArticle, periodNote, orderedOn);
        this.orderedBy = orderedBy;
        this.state = RectificationState.OPEN;
        this.createdAt = now;
    }

    /** The registered deadline's due date and how it was counted, and the run of its steps. */
    RectificationEntity scheduled(LocalDate dueOn, String explanation, long runId) {
        period.due(dueOn, explanation);
        this.runId = runId;
        return this;
    }

    /** The period starts again after a return with reason: the new due date and how it was counted. */
    RectificationEntity rescheduled(LocalDate dueOn, String explanation) {
        requireActive();
        period.due(dueOn, explanation);
        return this;
    }

    /**
     * The subject's report on {@code today} (text at most 4000 characters), with documents uploaded for
     * this rectification ({@link #attach}); it now awaits the department (review findings 9, 12).
     *
     * @throws EnforcementFacts.RectificationClosed once completed or escalated
     * @throws EnforcementFacts.ForeignDocuments for an id not uploaded for this rectification
     */
    RectificationEntity reported(String text, List<Long> documentIds, LocalDate today) {
        requireActive();
        if (text == null || text.isBlank()) {
            throw new EnforcementFacts.ReportNeeded();
        }
        if (text.strip().length() > 4000) {
            throw new EnforcementFacts.TooLong("report", 4000);
        }
        Set<Long> own = new HashSet<>(
                documents.stream().map(RectificationDocument::documentId).toList());
        List<Long> foreign = documentIds == null
                ? List.of()
                : documentIds.stream()
                        .filter(d -> d == null || !own.contains(d))
                        .toList();
        if (!foreign.isEmpty()) {
            throw new EnforcementFacts.ForeignDocuments(foreign);
        }
        this.report = text.strip();
        this.reportedOn = today;
        return this;
    }

    /** The department returned the report with a reason: the subject is at work again. */
    RectificationEntity returned() {
        requireActive();
        this.reportedOn = null;
        return this;
    }

    /** A document uploaded for the report, kept with the rectification. */
    RectificationEntity attach(long documentId, String name, String username, Instant now) {
        requireActive();
        documents.add(new RectificationDocument(documentId, name, username, now));
        return this;
    }

    /** Whether the subject's report awaits the department's acceptance or return. */
    public boolean awaitingAcceptance() {
        return reportedOn != null && active();
    }

    /**
     * Whether a report is pending that was made on or before the due day: only such a report stops the
     * subject's deadline. A report made after the due day, before the deadline job noticed, does not.
     */
    boolean reportedInTime() {
        return reportedOn != null && (period.dueOn() == null || !reportedOn.isAfter(period.dueOn()));
    }

    /**
     * The period passed without acceptance. Only an open rectification whose subject has not reported
     * in time (or whose report was returned) becomes overdue.
     *
     * @return whether it changed
     */
    boolean overdue() {
        if (state != RectificationState.OPEN || reportedInTime()) {
            return false;
        }
        state = RectificationState.OVERDUE;
        return true;
    }

    /**
     * The department accepted the report: done, also after the due date (then an open proposal on it
     * is told, {@code RectificationActs}).
     *
     * @throws EnforcementFacts.RectificationClosed once completed or escalated
     */
    RectificationEntity completed() {
        requireActive();
        state = RectificationState.COMPLETED;
        reportedOn = null;
        return this;
    }

    /**
     * A warning or revocation was decided on this overdue rectification (review finding 5).
     *
     * @throws EnforcementFacts.NotOverdue unless it is overdue (a completed one stays completed)
     */
    RectificationEntity escalated() {
        if (state != RectificationState.OVERDUE) {
            throw new EnforcementFacts.NotOverdue();
        }
        state = RectificationState.ESCALATED;
        reportedOn = null;
        return this;
    }

    private boolean active() {
        return state == RectificationState.OPEN || state == RectificationState.OVERDUE;
    }

    /** @throws EnforcementFacts.RectificationClosed once completed or escalated */
    RectificationEntity requireActive() {
        if (!active()) {
            throw new EnforcementFacts.RectificationClosed();
        }
        return this;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public List<RectificationDocument> documents() {
        return List.copyOf(documents);
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

    /** The period: its working days, article and note, the day ordered and the due date. */
    public RectificationPeriod period() {
        return period;
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
}
