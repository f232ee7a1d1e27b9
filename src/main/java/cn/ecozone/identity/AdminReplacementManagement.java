package cn.ecozone.identity;

import cn.ecozone.identity.internal.AdminReplacementEntity;
import cn.ecozone.identity.internal.AdminReplacements;
import cn.ecozone.identity.internal.PasswordPolicy;
import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacing an administrator account (三员分立, GB/T 22239-2019 8.1.4.2 and 8.1.10.2): no administrator
 * changes an administrator account directly; one of the two other administrator roles proposes a
 * successor (username, name, initial password), the remaining role approves, and only then is the old
 * account disabled (its sessions end) and the new one created with the same role and organization,
 * bound to change its password at the first login. One open proposal per account (a unique key);
 * decisions lock the proposal row. Every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class AdminReplacementManagement {

    /** The largest page of proposals one request may ask for. */
    private static final int MAX_PAGE = 100;

    /** The list's sort keys (issue 14 §6), each with its entity property; the default is {@code -proposed}. */
    static final Map<String, String> SORTS = Map.of(
            "proposed", "proposedAt",
            "state", "state",
            "role", "targetRole",
            "successor", "newUsername",
            "decided", "decidedAt");

    private final AdminReplacements replacements;
    private final Users users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminReplacementManagement(
            AdminReplacements replacements,
            Users users,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.replacements = replacements;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the proposals matching {@code filter}, in its order (newest first by default), with the
     * page's target usernames read in one statement (issue 10: every list paged, no query per row; issue
     * 14 §6: search, filters, sorting). Precondition: an administrator calls.
     *
     * @throws ApiException 400 naming {@code state} for a state that does not exist, {@code sort} for a
     *     key not in the whitelist
     */
    public PageResult<AdminReplacement> list(AdminReplacementFilter filter, int page, int size) {
        ListSort s = ListSort.parse(filter.sort(), SORTS, "-proposed");
        Sort order = Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Direction.DESC, "id"));
        PageRequest request = Paging.of(page, size, MAX_PAGE, order);
        Collection<AdminReplacementEntity.State> states =
                filter.state() == null || filter.state().isBlank()
                        ? EnumSet.allOf(AdminReplacementEntity.State.class)
                        : EnumSet.of(state(filter.state()));
        Collection<Role> roles =
                filter.targetRole() == null ? EnumSet.allOf(Role.class) : EnumSet.of(filter.targetRole());
        Page<AdminReplacementEntity> found =
                replacements.search(states, roles, Like.containing(filter.q()).toLowerCase(Locale.ROOT), request);
        Map<Long, String> targets = new HashMap<>();
        users.findAllById(found.getContent().stream()
                        .map(AdminReplacementEntity::targetUserId)
                        .collect(Collectors.toSet()))
                .forEach(u -> targets.put(u.id(), u.username()));
        return PageResult.of(found, r -> view(r, targets.get(r.targetUserId())));
    }

    private static AdminReplacementEntity.State state(String value) {
        try {
            return AdminReplacementEntity.State.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("state", "error.parameter.type", "state", value);
        }
    }

    /**
     * The administrator accounts the actor may propose to replace: enabled, of another administrator
     * role than the actor's. Only account fields, so that every administrator may read it (the audit
     * administrator reads no user list otherwise). Precondition: the actor is an administrator (403).
     */
    public List<AdminReplacement.Candidate> candidates(Actor actor) {
        if (!actor.role().administrator()) {
            throw ApiException.forbidden("error.replacement.not-proposer");
        }
        List<Role> others = java.util.Arrays.stream(Role.values())
                .filter(r -> r.administrator() && r != actor.role())
                .toList();
        return users.findByRoleInAndEnabledTrueOrderByUsername(others).stream()
                .map(u -> new AdminReplacement.Candidate(u.id(), u.username(), u.displayName(), u.role(), u.enabled()))
                .toList();
    }

    /**
     * Proposes a successor for the administrator account {@code targetUserId}. Preconditions: the actor
     * is an administrator of another role than the target's (403), the target an enabled administrator
     * account (404 otherwise), the username free (409) and the password by the policy (400).
     */
    @Transactional
    public AdminReplacement propose(
            long targetUserId,
            String newUsername,
            String newDisplayName,
            String initialPassword,
            String reason,
            Actor actor) {
        UserEntity target = users.findById(targetUserId)
                .filter(u -> u.role().administrator() && u.enabled())
                .orElseThrow(() -> ApiException.notFound("error.user.not-found", targetUserId));
        AdminReplacementEntity.requireProposer(target.role(), actor);
        PasswordPolicy.check("initialPassword", initialPassword, newUsername);
        if (users.existsByUsername(newUsername)) {
            throw ApiException.conflict("error.user.duplicate", newUsername);
        }
        AdminReplacementEntity saved;
        try {
            saved = replacements.saveAndFlush(new AdminReplacementEntity(
                    target,
                    newUsername,
                    newDisplayName,
                    passwords.encode(initialPassword),
                    reason,
                    actor,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("error.replacement.open", target.username());
        }
        events.publishEvent(new AccountChanged(
                "AdminReplacement",
                String.valueOf(saved.id()),
                reason,
                List.of(
                        new FieldChange("target", null, target.username()),
                        new FieldChange("newUsername", null, newUsername),
                        new FieldChange("state", null, saved.state().name()))));
        return view(saved);
    }

    /**
     * The approver's role approves: the target account is disabled (its sessions end) and its
     * successor created. A stale version is 409; a username taken meanwhile is 409 and changes nothing.
     */
    @Transactional
    public AdminReplacement approve(long id, long version, String reason, Actor actor) {
        AdminReplacementEntity proposal = forDecision(id, actor);
        proposal.requireApprovable(actor, version);
        Instant now = clock.instant();
        UserEntity target = users.findById(proposal.targetUserId()).orElseThrow();
        if (users.existsByUsername(proposal.newUsername())) {
            throw ApiException.conflict("error.user.duplicate", proposal.newUsername());
        }
        UserEntity successor = users.saveAndFlush(new UserEntity(
                proposal.newUsername(),
                proposal.newDisplayName(),
                proposal.newPasswordHash(),
                proposal.targetRole(),
                target.organizationId(),
                true,
                now));
        target.change(target.displayName(), target.role(), target.organizationId(), false);
        users.saveAndFlush(target);
        proposal.approve(actor, version, successor.id(), reason, now);
        replacements.saveAndFlush(proposal);
        events.publishEvent(new AccountChanged(
                "AdminReplacement",
                String.valueOf(id),
                reason,
                List.of(new FieldChange("state", AdminReplacementEntity.State.PROPOSED.name(), "APPROVED"))));
        events.publishEvent(new AccountChanged(
                "User", target.username(), proposal.reason(), List.of(new FieldChange("enabled", "true", "false"))));
        events.publishEvent(new AccountChanged(
                "User",
                successor.username(),
                proposal.reason(),
                List.of(
                        new FieldChange("role", null, successor.role().name()),
                        new FieldChange("organizationId", null, String.valueOf(successor.organizationId())))));
        return view(proposal);
    }

    /**
     * The approver's role declines, or the proposer withdraws, the proposal with a reason; nothing else
     * changes. Precondition: {@code reason} is not blank (400).
     */
    @Transactional
    public AdminReplacement decline(long id, long version, String reason, Actor actor) {
        AdminReplacementEntity proposal = forDecision(id, actor);
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "validation.required");
        }
        proposal.decline(actor, version, reason.strip(), clock.instant());
        replacements.saveAndFlush(proposal);
        events.publishEvent(new AccountChanged(
                "AdminReplacement",
                String.valueOf(id),
                reason.strip(),
                List.of(new FieldChange("state", AdminReplacementEntity.State.PROPOSED.name(), "DECLINED"))));
        return view(proposal);
    }

    private AdminReplacementEntity forDecision(long id, Actor actor) {
        if (!actor.role().administrator()) {
            throw ApiException.forbidden("error.replacement.not-approver");
        }
        return replacements
                .findForDecision(id)
                .orElseThrow(() -> ApiException.notFound("error.replacement.not-found", id));
    }

    private AdminReplacement view(AdminReplacementEntity r) {
        return view(
                r, users.findById(r.targetUserId()).map(UserEntity::username).orElse(null));
    }

    /** The proposal as answered, given its target account's username. */
    private AdminReplacement view(AdminReplacementEntity r, String target) {
        return new AdminReplacement(
                r.id(),
                r.targetUserId(),
                target,
                r.targetRole(),
                r.newUsername(),
                r.newDisplayName(),
                r.reason(),
                r.state().name(),
                r.proposedBy(),
                r.proposedByRole(),
                r.proposedAt(),
                r.approverRole(),
                r.decidedBy(),
                r.decidedAt(),
                r.decisionReason(),
                r.version());
    }
}
