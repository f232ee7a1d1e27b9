package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a candidacy's timeline: a state change with who, when and why. Never changed. */
@Entity
@Table(name = "candidacy_step")
public class CandidacyStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidacy_id")
    private Long candidacyId;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private CandidacyState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private CandidacyState toState;

    private String reason;
    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    private String organization;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected CandidacyStepEntity() {}

    CandidacyStepEntity(
            Long candidacyId,
            String action,
            CandidacyState fromState,
            CandidacyState toState,
            String reason,
            String actor,
            String actorName,
            String organization,
            Instant takenAt) {
        this.candidacyId = candidacyId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.actor = actor;
        this.actorName = actorName;
        this.organization = organization;
        this.takenAt = takenAt;
    }

    /** This step, belonging to the candidacy {@code candidacyId} (known once the candidacy is saved). */
    CandidacyStepEntity of(Long candidacyId) {
        return new CandidacyStepEntity(
                candidacyId, action, fromState, toState, reason, actor, actorName, organization, takenAt);
    }

    public String action() {
        return action;
    }

    public CandidacyState toState() {
        return toState;
    }

    public String reason() {
        return reason;
    }

    public CandidacyView.Step view() {
        return new CandidacyView.Step(action, fromState, toState, reason, actor, actorName, organization, takenAt);
    }
}
