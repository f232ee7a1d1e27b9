package cn.ecozone.identity.internal;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
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
import java.util.EnumSet;
import java.util.Set;

/**
 * A proposal to replace an administrator account (三员分立): one of the two other administrator roles
 * proposes, the remaining role approves or declines; the proposer may decline (withdraw) too. The
 * guards check the actor's role before the state, so a bystander learns nothing of the proposal.
 */
@Entity
@Table(name = "admin_replacement")
public class AdminReplacementEntity {

    /** The states of a proposal. */
    public enum State {
        PROPOSED,
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_user_id")
    private long targetUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_role")
    private Role targetRole;

    @Column(name = "new_username")
    private String newUsername;

    @Column(name = "new_display_name")
    private String newDisplayName;

    @Column(name = "new_password_hash")
    private String newPasswordHash;

    private String reason;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by_role")
    private Role proposedByRole;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "replacement_user_id")
    private Long replacementUserId;

    /** 1 while open, null once decided: one open proposal per target (unique key). */
    @Column(name = "open_marker")
    private Short openMarker;

    @Version
    private long version;

    protected AdminReplacementEntity() {}

    /**
     * Preconditions: the target is an administrator account; the proposer an administrator of another
     * role (checked here, 403); the new username and password are checked by the caller.
     */
    public AdminReplacementEntity(
            UserEntity target,
            String newUsername,
            String newDisplayName,
            String newPasswordHash,
            String reason,
            Actor proposer,
            Instant now) {
        requireProposer(target.role(), proposer);
        this.targetUserId = target.id();
        this.targetRole = target.role();
        this.newUsername = newUsername;
        this.newDisplayName = newDisplayName;
        this.newPasswordHash = newPasswordHash;
        this.reason = reason;
        this.state = State.PROPOSED;
        this.proposedBy = proposer.username();
        this.proposedByRole = proposer.role();
        this.proposedAt = now;
        this.openMarker = 1;
    }

    /** Throws 403 unless the actor is an administrator of another role than the replaced one. */
    public static void requireProposer(Role targetRole, Actor proposer) {
        if (!proposer.role().administrator() || !targetRole.administrator() || proposer.role() == targetRole) {
            throw ApiException.forbidden("error.replacement.not-proposer");
        }
    }

    /** The one administrator role that neither is replaced nor proposed: it approves. */
    public Role approverRole() {
        Set<Role> rest = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
        rest.remove(targetRole);
        rest.remove(proposedByRole);
        return rest.iterator().next();
    }

    /**
     * The approver's role approves an open proposal of the given version (role, then state, then
     * version: 403, 409, 409); the caller has created the successor {@code replacementUserId}.
     */
    public void approve(Actor actor, long expectedVersion, long replacementUserId, String reason, Instant now) {
        requireApprovable(actor, expectedVersion);
        this.replacementUserId = replacementUserId;
        decide(State.APPROVED, actor, reason, now);
    }

    /** Throws unless the actor may approve now: the approver's role, an open proposal, its version. */
    public void requireApprovable(Actor actor, long expectedVersion) {
        if (actor.role() != approverRole()) {
            throw ApiException.forbidden("error.replacement.not-approver");
        }
        requireOpen(expectedVersion);
    }

    /**
     * The approver's role declines, or the proposer withdraws, an open proposal of the given version;
     * precondition: {@code reason} is not blank (the caller checks it).
     */
    public void decline(Actor actor, long expectedVersion, String reason, Instant now) {
        if (actor.role() != approverRole() && !actor.username().equals(proposedBy)) {
            throw ApiException.forbidden("error.replacement.not-approver");
        }
        requireOpen(expectedVersion);
        decide(State.DECLINED, actor, reason, now);
    }

    private void requireOpen(long expectedVersion) {
        if (state != State.PROPOSED) {
            throw ApiException.conflict("error.replacement.decided", state.name());
        }
        if (version != expectedVersion) {
            throw ApiException.conflict("error.conflict.stale");
        }
    }

    private void decide(State to, Actor actor, String reason, Instant now) {
        this.state = to;
        this.decisionReason = reason;
        this.decidedBy = actor.username();
        this.decidedAt = now;
        this.openMarker = null;
    }

    public long id() {
        return id;
    }

    public long targetUserId() {
        return targetUserId;
    }

    public Role targetRole() {
        return targetRole;
    }

    public String newUsername() {
        return newUsername;
    }

    public String newDisplayName() {
        return newDisplayName;
    }

    public String newPasswordHash() {
        return newPasswordHash;
    }

    public String reason() {
        return reason;
    }

    public State state() {
        return state;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Role proposedByRole() {
        return proposedByRole;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** Why it was approved (optional) or declined; {@code null} while open. */
    public String decisionReason() {
        return decisionReason;
    }

    public Long replacementUserId() {
        return replacementUserId;
    }

    public long version() {
        return version;
    }
}
