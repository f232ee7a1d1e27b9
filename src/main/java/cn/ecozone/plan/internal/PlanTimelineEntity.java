package cn.ecozone.plan.internal;

import cn.ecozone.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a plan's timeline: who did what at which step, when, with which opinion and attachment. */
@Entity
@Table(name = "plan_timeline")
public class PlanTimelineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private int revision;

    @Column(name = "step_code")
    private String stepCode;

    private String action;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "actor_region")
    private String actorRegion;

    @Column(name = "acted_at")
    private Instant actedAt;

    private String opinion;
    private String outcome;

    @Column(name = "document_id")
    private Long documentId;

    private String detail;

    protected PlanTimelineEntity() {}

    PlanTimelineEntity(
            Long planId,
            int revision,
            String stepCode,
            String action,
            Actor actor,
            Instant at,
            String opinion,
            String outcome,
            Long documentId,
            String detail) {
        this.planId = planId;
        this.revision = revision;
        this.stepCode = stepCode;
        this.action = action;
        // a null actor is the platform itself, e.g. the expiry at the end of the period
        this.actorName = actor == null
                ? "system"
                : actor.displayName() == null || actor.displayName().isBlank() ? actor.username() : actor.displayName();
        this.actorRole = actor == null ? "SYSTEM" : actor.role().name();
        this.actorRegion = actor == null ? null : actor.regionCode();
        this.actedAt = at;
        this.opinion = opinion;
        this.outcome = outcome;
        this.documentId = documentId;
        this.detail = detail;
    }

    void belongTo(Long planId) {
        this.planId = planId;
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public int revision() {
        return revision;
    }

    public String stepCode() {
        return stepCode;
    }

    public String action() {
        return action;
    }

    public String actorName() {
        return actorName;
    }

    public String actorRole() {
        return actorRole;
    }

    public String actorRegion() {
        return actorRegion;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public String opinion() {
        return opinion;
    }

    public String outcome() {
        return outcome;
    }

    public Long documentId() {
        return documentId;
    }

    public String detail() {
        return detail;
    }
}
