package cn.ecozone.procedure.internal;

import cn.ecozone.shared.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a run's timeline: who (and their organization, as it was named then), when, which
 * step, what action, outcome and opinion, and the ids of the documents the step saw. Never changed.
 */
@Entity
@Table(name = "procedure_entry")
@org.hibernate.annotations.Immutable
public class EntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id")
    private long runId;

    @Column(name = "step_index")
    private int stepIndex;

    @Column(name = "step_code")
    private String stepCode;

    private String action;
    private String outcome;
    private String opinion;

    @Column(name = "actor_user_id")
    private long actorUserId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "organization_name")
    private String organizationName;

    @Column(name = "acted_at")
    private Instant at;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procedure_entry_document", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "document_id")
    private List<Long> documentIds = new ArrayList<>();

    protected EntryEntity() {}

    EntryEntity(
            long runId,
            int stepIndex,
            String stepCode,
            String action,
            String outcome,
            String opinion,
            Actor actor,
            List<Long> documentIds,
            Instant now) {
        this.runId = runId;
        this.stepIndex = stepIndex;
        this.stepCode = stepCode;
        this.action = action;
        this.outcome = outcome;
        this.opinion = opinion;
        this.actorUserId = actor.userId();
        this.actorName = actor.displayName();
        this.actorRole = actor.role().name();
        this.organizationId = actor.organizationId();
        this.organizationName = actor.organizationName();
        this.at = now;
        this.documentIds = new ArrayList<>(documentIds);
    }

    /** An entry by the platform itself (e.g. a scheduled expiry): no user, no organization. */
    EntryEntity(long runId, int stepIndex, String stepCode, String action, String opinion, Instant now) {
        this.runId = runId;
        this.stepIndex = stepIndex;
        this.stepCode = stepCode;
        this.action = action;
        this.opinion = opinion;
        this.actorUserId = 0;
        this.actorName = SYSTEM;
        this.actorRole = SYSTEM.toUpperCase(java.util.Locale.ROOT);
        this.organizationId = 0;
        this.organizationName = SYSTEM;
        this.at = now;
    }

    /** An entry of a timeline kept before the engine, copied as it was (see {@link CarryOver}). */
    EntryEntity(long runId, int stepIndex, cn.ecozone.procedure.CarriedRun.PastEntry e) {
        this.runId = runId;
        this.stepIndex = stepIndex;
        this.stepCode = e.stepCode();
        this.action = e.action();
        this.outcome = e.outcome();
        this.opinion = e.opinion();
        this.actorUserId = 0;
        this.actorName = e.actorName();
        this.actorRole = e.actorRole();
        this.organizationId = 0;
        this.organizationName = e.organizationName() == null ? "" : e.organizationName();
        this.at = e.at();
        this.documentIds = new ArrayList<>(e.documentIds());
    }

    /** The name under which the platform's own entries are recorded. */
    public static final String SYSTEM = "system";

    public long runId() {
        return runId;
    }

    public String stepCode() {
        return stepCode;
    }

    public String action() {
        return action;
    }

    public String outcome() {
        return outcome;
    }

    public String opinion() {
        return opinion;
    }

    public String actorName() {
        return actorName;
    }

    public String actorRole() {
        return actorRole;
    }

    public String organizationName() {
        return organizationName;
    }

    public Instant at() {
        return at;
    }

    public List<Long> documentIds() {
        return List.copyOf(documentIds);
    }
}
