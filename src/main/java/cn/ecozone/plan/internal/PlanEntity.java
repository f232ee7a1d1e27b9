package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanCommand.ReviewOutcome;
import cn.ecozone.plan.PlanFacts.DocumentMissing;
import cn.ecozone.plan.PlanFacts.FiledBeforePromulgation;
import cn.ecozone.plan.PlanFacts.NotEditable;
import cn.ecozone.plan.PlanFacts.NotExpired;
import cn.ecozone.plan.PlanFacts.NotInForce;
import cn.ecozone.plan.PlanFacts.NotInProgress;
import cn.ecozone.plan.PlanFacts.NotTheActor;
import cn.ecozone.plan.PlanFacts.OutcomeNotAllowed;
import cn.ecozone.plan.PlanFacts.ReceiptDateOutOfRange;
import cn.ecozone.plan.PlanFacts.ValueMissing;
import cn.ecozone.plan.PlanFacts.WithdrawTooLate;
import cn.ecozone.plan.PlanFacts.WrongStep;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.PlanStepTaken;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plan and where it stands on its path. Every transition guards (state, step, actor), mutates,
 * registers a timeline entry and a {@link PlanStepTaken} event, and returns; there is no setter of the
 * state. The steps are the plan's pinned path, passed in by the caller; {@code regionAt} gives the
 * region code whose actor acts at a level (the subject's own, its prefecture's or its province's).
 */
@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

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

    private int revision;
    private String state;

    @Column(name = "step_index")
    private int stepIndex;

    @Column(name = "steps_json")
    private String stepsJson;

    @Column(name = "promulgation_body")
    private String promulgationBody;

    @Column(name = "promulgated_on")
    private LocalDate promulgatedOn;

    @Column(name = "promulgation_number")
    private String promulgationNumber;

    @Column(name = "filing_due")
    private LocalDate filingDue;

    @Column(name = "filing_explanation")
    private String filingExplanation;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "filed_late")
    private boolean filedLate;

    /** The filing receipt (备案回执): the date the receiving body received the filing, and that body. */
    @Column(name = "filing_received_on")
    private LocalDate filingReceivedOn;

    @Column(name = "filing_received_by")
    private String filingReceivedBy;

    @Column(name = "return_reason")
    private String returnReason;

    /** Targets, tasks and key projects as JSON ({@code PlanContent}). */
    @Column(name = "content_json")
    private String contentJson;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private final List<PlanTimelineEntity> entries = new ArrayList<>();

    @Transient
    private final List<PlanStepTaken> events = new ArrayList<>();

    protected PlanEntity() {}

    /** A new draft of the subject at {@code regionCode}, pinned to {@code stepsJson}. */
    public PlanEntity(
            String regulationCode,
            int regulationVersion,
            String programme,
            String planKind,
            String stepsJson,
            String regionCode,
            String regionPath,
            String title,
            int periodStart,
            int periodEnd,
            Actor actor,
            Instant now) {
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.programme = programme;
        this.planKind = planKind;
        this.stepsJson = stepsJson;
        this.subjectRegionCode = regionCode;
        this.subjectRegionPath = regionPath;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.revision = 1;
        this.state = PlanState.DRAFT.name();
        this.stepIndex = 0;
        this.createdBy = actor.username();
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ----- the subject's edits -----

    /** Changes title and period while the plan is with the subject (draft or returned). */
    public void edit(
            List<PlanStep> steps,
            String title,
            int periodStart,
            int periodEnd,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireEditable(steps, actor, regionAt);
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.updatedAt = now;
    }

    /** Attaches the plan's text while it is with the subject (draft, returned, or at the revision step). */
    public void attach(
            List<PlanStep> steps,
            long documentId,
            String name,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireAttachable(steps, actor, regionAt);
        this.documentId = documentId;
        this.documentName = name;
        this.updatedAt = now;
        entries.add(entry(steps.get(stepIndex).code(), "ATTACHED", actor, now, null, null, documentId, name));
    }

    /** Replaces targets, tasks and key projects while the text may be changed (draft, return or revision). */
    public void setOut(
            List<PlanStep> steps, String contentJson, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireAttachable(steps, actor, regionAt);
        this.contentJson = contentJson;
        this.updatedAt = now;
    }

    public String contentJson() {
        return contentJson;
    }

    /** Throws unless the actor may attach the plan's text now (the subject, in draft, return or revision). */
    public void requireAttachable(List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt) {
        requireParticipant(steps, actor, regionAt);
        if (!(atType(steps, StepType.REVISE) && fits(steps.get(stepIndex), actor, regionAt))) {
            requireEditable(steps, actor, regionAt);
        }
    }

    // ----- the path -----

    /** The subject submits the draft or the returned plan; its text must be attached. */
    public void submit(List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireStep(steps, actor, regionAt, StepType.SUBMIT);
        if (documentId == null) {
            throw new DocumentMissing();
        }
        returnReason = null;
        advance(steps, "SUBMITTED", actor, now, null, null, documentId);
    }

    /** A superior body examines the plan and attaches its opinion. */
    public void examine(
            List<PlanStep> steps,
            String opinion,
            Long attachment,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireStep(steps, actor, regionAt, StepType.EXAMINE);
        requireText("opinion", opinion);
        advance(steps, "EXAMINED", actor, now, opinion, null, attachment);
    }

    /**
     * Records the expert (or Ministry) review: {@code PASS} and {@code REVISE} go on to the subject's
     * revision; {@code FAIL} returns the plan to the subject to recompile.
     */
    public void review(
            List<PlanStep> steps,
            ReviewOutcome outcome,
            String panel,
            LocalDate reviewedOn,
            String opinion,
            Long attachment,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireStep(steps, actor, regionAt, StepType.EXPERT_REVIEW, StepType.MINISTRY_REVIEW);
        if (outcome == null) {
            throw new OutcomeNotAllowed();
        }
        requireText("opinion", opinion);
        if (steps.get(stepIndex).type() == StepType.EXPERT_REVIEW) {
            requireText("panel", panel);
        }
        if (reviewedOn == null) {
            throw new ValueMissing("reviewedOn");
        }
        String detail = panel == null ? reviewedOn.toString() : panel.strip() + "；" + reviewedOn;
        if (outcome == ReviewOutcome.FAIL) {
            String code = steps.get(stepIndex).code();
            sendBack(steps, code, "REVIEW_FAILED", actor, now, opinion.strip(), outcome.name(), attachment, detail);
            return;
        }
        advance(steps, "REVIEWED", actor, now, opinion, outcome.name(), attachment, detail);
    }

    /** The subject has revised the plan after the review; the revised text must be attached before. */
    public void revised(
            List<PlanStep> steps, String note, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireStep(steps, actor, regionAt, StepType.REVISE);
        advance(steps, "REVISED", actor, now, note, null, documentId);
    }

    /**
     * Records the promulgation; {@code filingDue} and its explanation come from the calendar for the
     * filing step's working days.
     */
    public void promulgate(
            List<PlanStep> steps,
            String body,
            LocalDate on,
            String number,
            LocalDate filingDue,
            String explanation,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireStep(steps, actor, regionAt, StepType.PROMULGATE);
        requireText("body", body);
        requireText("documentNumber", number);
        if (on == null) {
            throw new ValueMissing("promulgatedOn");
        }
        this.promulgationBody = body.strip();
        this.promulgatedOn = on;
        this.promulgationNumber = number.strip();
        this.filingDue = filingDue;
        this.filingExplanation = explanation;
        advance(
                steps,
                "PROMULGATED",
                actor,
                now,
                null,
                null,
                documentId,
                body.strip() + "；" + on + "；" + number.strip());
    }

    /**
     * The subject files the promulgated plan with the receiving body on {@code on}; filing after the due
     * date is recorded as late. On a path with a receiving step the plan is filed only once that body
     * acknowledges it ({@link #acknowledgeFiling}).
     */
    public void file(
            List<PlanStep> steps,
            LocalDate on,
            String note,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireStep(steps, actor, regionAt, StepType.FILE);
        if (on == null) {
            throw new ValueMissing("filedOn");
        }
        if (promulgatedOn != null && on.isBefore(promulgatedOn)) {
            throw new FiledBeforePromulgation();
        }
        this.filedOn = on;
        this.filedLate = filingDue != null && on.isAfter(filingDue);
        advance(steps, "FILED", actor, now, note, null, null, on.toString());
    }

    /**
     * The receiving body acknowledges the filing: its acknowledgement is the filing receipt (备案回执),
     * dated the day it received the filing (not before the filing was sent, not after {@code today}),
     * and the plan is filed (IM eco-civ art. 6).
     */
    public void acknowledgeFiling(
            List<PlanStep> steps,
            LocalDate receivedOn,
            String note,
            LocalDate today,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireStep(steps, actor, regionAt, StepType.RECEIVE_FILING);
        if (receivedOn == null) {
            throw new ValueMissing("receivedOn");
        }
        if (filedOn != null && receivedOn.isBefore(filedOn) || receivedOn.isAfter(today)) {
            throw new ReceiptDateOutOfRange(filedOn, today);
        }
        this.filingReceivedOn = receivedOn;
        this.filingReceivedBy = actor.organizationName();
        advance(steps, "FILING_RECEIVED", actor, now, note, null, null, receivedOn.toString());
    }

    /** The actor of the current (non-subject) step returns the plan to the subject with a reason. */
    public void returnWithReason(
            List<PlanStep> steps, String reason, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireParticipant(steps, actor, regionAt);
        requireInProgress();
        PlanStep step = steps.get(stepIndex);
        if (step.at() == ActorLevel.SUBJECT || !fits(step, actor, regionAt)) {
            throw new NotTheActor();
        }
        requireText("reason", reason);
        sendBack(steps, step.code(), "RETURNED", actor, now, reason.strip(), null, null, null);
    }

    /** The submitter takes the plan back before the next actor has acted. */
    public void withdraw(List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireParticipant(steps, actor, regionAt);
        requireInProgress();
        if (stepIndex != 1 || !fits(steps.getFirst(), actor, regionAt)) {
            throw new WithdrawTooLate();
        }
        String from = steps.get(stepIndex).code();
        stepIndex = 0;
        state = PlanState.DRAFT.name();
        updatedAt = now;
        entries.add(entry(from, "WITHDRAWN", actor, now, null, null, null, null));
        events.add(event("WITHDRAWN", steps));
    }

    // ----- expiry and recompilation (IM eco-civ art. 7) -----

    /**
     * The plan's period has ended ({@code year} is after its last year): it expires and the subject
     * must revise or recompile it. Recorded in the timeline as done by the platform.
     *
     * @return whether it expired now (false when not filed or the period has not ended)
     */
    public boolean expireAfterPeriod(int year, Instant now) {
        if (!inForce() || year <= periodEnd) {
            return false;
        }
        state = PlanState.EXPIRED.name();
        updatedAt = now;
        entries.add(new PlanTimelineEntity(
                id, revision, "EXPIRY", "EXPIRED", null, now, "规划期已于" + periodEnd + "年届满", null, null, null));
        events.add(new PlanStepTaken(id, subjectRegionCode, programme, "EXPIRED", null, state(), null));
        return true;
    }

    /** The subject declares a major change of the targets and tasks, with a reason: the plan expires. */
    public void declareMajorChange(
            List<PlanStep> steps, String reason, Actor actor, Function<ActorLevel, String> regionAt, Instant now) {
        requireParticipant(steps, actor, regionAt);
        if (!inForce()) {
            throw new NotInForce(state());
        }
        if (!fits(steps.getFirst(), actor, regionAt)) {
            throw new NotTheActor();
        }
        requireText("reason", reason);
        state = PlanState.EXPIRED.name();
        updatedAt = now;
        entries.add(entry("EXPIRY", "MAJOR_CHANGE", actor, now, reason.strip(), null, null, null));
        events.add(event("MAJOR_CHANGE", steps));
    }

    /**
     * The subject starts revising or recompiling an expired plan: a new revision in draft, pinned to
     * {@code newStepsJson} of the regulation version now in force, that goes the same path again.
     */
    public void recompile(
            List<PlanStep> steps,
            int regulationVersion,
            String newStepsJson,
            Actor actor,
            Function<ActorLevel, String> regionAt,
            Instant now) {
        requireParticipant(steps, actor, regionAt);
        if (state() != PlanState.EXPIRED) {
            throw new NotExpired(state());
        }
        if (!fits(steps.getFirst(), actor, regionAt)) {
            throw new NotTheActor();
        }
        revision++;
        this.regulationVersion = regulationVersion;
        this.stepsJson = newStepsJson;
        state = PlanState.DRAFT.name();
        stepIndex = 0;
        promulgationBody = null;
        promulgatedOn = null;
        promulgationNumber = null;
        filingDue = null;
        filingExplanation = null;
        filedOn = null;
        filedLate = false;
        filingReceivedOn = null;
        filingReceivedBy = null;
        returnReason = null;
        updatedAt = now;
        entries.add(entry("EXPIRY", "RECOMPILING", actor, now, null, null, null, "第" + revision + "版"));
        events.add(new PlanStepTaken(id, subjectRegionCode, programme, "RECOMPILING", null, state(), null));
    }

    private boolean inForce() {
        return state() == PlanState.FILED || state() == PlanState.IN_FORCE;
    }

    // ----- guards and moves -----

    private void advance(
            List<PlanStep> steps,
            String action,
            Actor actor,
            Instant now,
            String opinion,
            String outcome,
            Long attachment) {
        advance(steps, action, actor, now, opinion, outcome, attachment, null);
    }

    private void advance(
            List<PlanStep> steps,
            String action,
            Actor actor,
            Instant now,
            String opinion,
            String outcome,
            Long attachment,
            String detail) {
        String code = steps.get(stepIndex).code();
        entries.add(entry(code, action, actor, now, blank(opinion), outcome, attachment, detail));
        if (stepIndex == steps.size() - 1) {
            boolean filing = steps.stream().anyMatch(s -> s.type() == StepType.FILE);
            state = filing ? PlanState.FILED.name() : PlanState.IN_FORCE.name();
        } else {
            stepIndex++;
            state = PlanState.IN_PROGRESS.name();
        }
        updatedAt = now;
        events.add(event(action, steps));
    }

    private void sendBack(
            List<PlanStep> steps,
            String from,
            String action,
            Actor actor,
            Instant now,
            String reason,
            String outcome,
            Long attachment,
            String detail) {
        entries.add(entry(from, action, actor, now, reason, outcome, attachment, detail));
        stepIndex = 0;
        state = PlanState.RETURNED.name();
        returnReason = reason;
        updatedAt = now;
        events.add(event(action, steps));
    }

    private void requireEditable(List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt) {
        requireParticipant(steps, actor, regionAt);
        PlanState s = state();
        if (s != PlanState.DRAFT && s != PlanState.RETURNED) {
            throw new NotEditable(s);
        }
        if (!fits(steps.getFirst(), actor, regionAt)) {
            throw new NotTheActor();
        }
    }

    private void requireStep(
            List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt, StepType... types) {
        requireParticipant(steps, actor, regionAt);
        boolean atStart = (state() == PlanState.DRAFT || state() == PlanState.RETURNED) && stepIndex == 0;
        if (!atStart) {
            requireInProgress();
        }
        PlanStep step = steps.get(stepIndex);
        if (!List.of(types).contains(step.type())) {
            throw new WrongStep(step.nameZh());
        }
        if (!fits(step, actor, regionAt)) {
            throw new NotTheActor();
        }
    }

    /**
     * The role check comes before every state check (issue 8, 等保2.0 8.1.4.2): an actor who takes no
     * step of the plan's path gets 403, so that a 409 or 422 never tells an outsider the plan's state.
     */
    private static void requireParticipant(List<PlanStep> steps, Actor actor, Function<ActorLevel, String> regionAt) {
        if (steps.stream().noneMatch(step -> fits(step, actor, regionAt))) {
            throw new NotTheActor();
        }
    }

    private void requireInProgress() {
        if (state() != PlanState.IN_PROGRESS) {
            throw new NotInProgress(state());
        }
    }

    private boolean atType(List<PlanStep> steps, StepType type) {
        return state() == PlanState.IN_PROGRESS && steps.get(stepIndex).type() == type;
    }

    /** Whether the actor holds the step's role in the region the step's level names. */
    public static boolean fits(PlanStep step, Actor actor, Function<ActorLevel, String> regionAt) {
        return actor.role() == step.role() && actor.regionCode().equals(regionAt.apply(step.at()));
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValueMissing(field);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private PlanTimelineEntity entry(
            String step,
            String action,
            Actor actor,
            Instant now,
            String opinion,
            String outcome,
            Long documentId,
            String detail) {
        return new PlanTimelineEntity(id, revision, step, action, actor, now, opinion, outcome, documentId, detail);
    }

    private PlanStepTaken event(String action, List<PlanStep> steps) {
        String next = state() == PlanState.IN_PROGRESS ? steps.get(stepIndex).code() : null;
        return new PlanStepTaken(id, subjectRegionCode, programme, action, next, state(), filingDue);
    }

    /** The timeline entries of the transitions since the last call, for the caller to save. */
    public List<PlanTimelineEntity> drainEntries() {
        List<PlanTimelineEntity> out = List.copyOf(entries);
        entries.clear();
        out.forEach(e -> e.belongTo(id));
        return out;
    }

    /** The events of the transitions since the last call, for the caller to publish. */
    public List<PlanStepTaken> drainEvents() {
        List<PlanStepTaken> out = events.stream()
                .map(e -> new PlanStepTaken(
                        id, e.regionCode(), e.programme(), e.action(), e.nextStep(), e.state(), e.filingDue()))
                .toList();
        events.clear();
        return out;
    }

    // ----- reading -----

    public Long id() {
        return id;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
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

    public int revision() {
        return revision;
    }

    public PlanState state() {
        return PlanState.valueOf(state);
    }

    public int stepIndex() {
        return stepIndex;
    }

    public String stepsJson() {
        return stepsJson;
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

    public LocalDate filingDue() {
        return filingDue;
    }

    public String filingExplanation() {
        return filingExplanation;
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

    public String returnReason() {
        return returnReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
