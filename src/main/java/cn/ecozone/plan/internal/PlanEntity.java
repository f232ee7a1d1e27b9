package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.NotEditable;
import cn.ecozone.plan.PlanFacts.NotExpired;
import cn.ecozone.plan.PlanFacts.NotInForce;
import cn.ecozone.plan.PlanFacts.NotTheActor;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A plan's data: header, text, content, what its promulgation, filing and receipt recorded, its
 * revision and its own transitions (edits, expiry, major change, recompilation). Its path runs on the
 * procedure engine ({@code runId}, ADR 0010); {@code state} mirrors where the run stands (plus {@code
 * EXPIRED}, the plan's own), so that lists and the expiry job select by it in one query. The guards
 * take the plan's pinned steps and the {@link PlanActors actors} of its region.
 */
@Entity
@Table(name = "plan")
public class PlanEntity extends PlanRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id")
    private Long runId;

    private String state;

    @Column(name = "steps_json")
    private String stepsJson;

    @Column(name = "regulation_version")
    private int regulationVersion;

    private int revision;

    /** Targets, tasks and key projects as JSON ({@code PlanContent}). */
    @Column(name = "content_json")
    private String contentJson;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

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
        super(regulationCode, programme, planKind, regionCode, regionPath, title, periodStart, periodEnd, actor, now);
        this.regulationVersion = regulationVersion;
        this.stepsJson = stepsJson;
        this.revision = 1;
        this.state = PlanState.DRAFT.name();
        this.updatedAt = now;
    }

    /** The run the plan's current revision follows. */
    public void started(long runId) {
        this.runId = runId;
    }

    /** Mirrors where the run now stands; always a change, so the plan's version moves with every step. */
    public void moved(PlanState now, Instant at) {
        this.state = now.name();
        this.updatedAt = at;
    }

    // ----- the subject's edits -----

    /** Changes title and period while the plan is with the subject (draft or returned). */
    public void edit(
            List<PlanStep> steps, String title, int periodStart, int periodEnd, PlanActors actors, Instant now) {
        requireEditable(steps, actors);
        header(title, periodStart, periodEnd);
        this.updatedAt = now;
    }

    /** Attaches the plan's text while the subject may change it (draft, returned, or at the revision step). */
    public void attach(
            List<PlanStep> steps, StepType current, long documentId, String name, PlanActors actors, Instant now) {
        requireAttachable(steps, current, actors);
        text(documentId, name);
        this.updatedAt = now;
    }

    /** Replaces targets, tasks and key projects while the text may be changed. */
    public void setOut(List<PlanStep> steps, StepType current, String json, PlanActors actors, Instant now) {
        requireAttachable(steps, current, actors);
        this.contentJson = json;
        this.updatedAt = now;
    }

    /** Throws unless the actor may attach the text now: the subject, in draft, return or revision. */
    public void requireAttachable(List<PlanStep> steps, StepType current, PlanActors actors) {
        actors.requireParticipant(steps);
        boolean revising = state() == PlanState.IN_PROGRESS && current == StepType.REVISE;
        if (!(revising && actors.subject(steps))) {
            requireEditable(steps, actors);
        }
    }

    private void requireEditable(List<PlanStep> steps, PlanActors actors) {
        actors.requireParticipant(steps);
        if (state() != PlanState.DRAFT && state() != PlanState.RETURNED) {
            throw new NotEditable(state());
        }
        if (!actors.subject(steps)) {
            throw new NotTheActor();
        }
    }

    // ----- expiry and recompilation (IM eco-civ art. 7) -----

    /**
     * The plan's period has ended ({@code year} is after its last year): it expires and the subject
     * must revise or recompile it.
     *
     * @return whether it expired now (false when not in force or the period has not ended)
     */
    public boolean expireAfterPeriod(int year, Instant now) {
        if (!inForce() || year <= periodEnd()) {
            return false;
        }
        moved(PlanState.EXPIRED, now);
        return true;
    }

    /** The subject declares a major change of the targets and tasks, with a reason: the plan expires. */
    public void declareMajorChange(List<PlanStep> steps, PlanActors actors, String reason, Instant now) {
        actors.requireParticipant(steps);
        if (!inForce()) {
            throw new NotInForce(state());
        }
        if (!actors.subject(steps)) {
            throw new NotTheActor();
        }
        if (reason == null || reason.isBlank()) {
            throw new cn.ecozone.plan.PlanFacts.ValueMissing("reason");
        }
        moved(PlanState.EXPIRED, now);
    }

    /** Throws unless the actor may recompile the plan now: its subject, once it expired. */
    public void requireRecompilable(List<PlanStep> steps, PlanActors actors) {
        actors.requireParticipant(steps);
        if (state() != PlanState.EXPIRED) {
            throw new NotExpired(state());
        }
        if (!actors.subject(steps)) {
            throw new NotTheActor();
        }
    }

    /**
     * A new revision in draft, pinned to {@code newStepsJson} of the regulation version now in force,
     * that goes the same path again on a new run. Precondition: {@link #requireRecompilable} passed.
     */
    public void recompile(int regulationVersion, String newStepsJson, Instant now) {
        revision++;
        this.regulationVersion = regulationVersion;
        this.stepsJson = newStepsJson;
        this.runId = null;
        clearPath();
        moved(PlanState.DRAFT, now);
    }

    private boolean inForce() {
        return state() == PlanState.FILED || state() == PlanState.IN_FORCE;
    }

    // ----- reading -----

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public int revision() {
        return revision;
    }

    public PlanState state() {
        return PlanState.valueOf(state);
    }

    public String stepsJson() {
        return stepsJson;
    }

    public String contentJson() {
        return contentJson;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
