package cn.ecozone.identity;

import cn.ecozone.identity.internal.LoginThrottle;
import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.PasswordPolicy;
import cn.ecozone.identity.internal.RoleRules;
import cn.ecozone.identity.internal.UserAccounts;
import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: creation and changes by the system admin, lock, unlock and password reset by the
 * security admin, and the holders of a role as recipients. Limited to the actor's administration
 * scope. Each user's own password and address: {@link OwnAccountManagement}.
 *
 * <p>三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.10.2): no administrator creates, changes, disables, locks
 * or resets the password of an administrator account, its own included; the bootstrap creates the
 * three, and only a replacement proposed and approved by the two other roles replaces one ({@link
 * AdminReplacementManagement}). Every change that must end the account's sessions raises its session
 * stamp, so its sessions end at their next request.
 */
@Service
@Transactional(readOnly = true)
public class UserManagement {

    private static final int MAX_PAGE_SIZE = 200;

    private final Users users;
    private final UserAccounts accounts;
    private final OrganizationManagement organizationManagement;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserManagement(
            Users users,
            UserAccounts accounts,
            OrganizationManagement organizationManagement,
            RegionManagement regions,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.users = users;
        this.accounts = accounts;
        this.organizationManagement = organizationManagement;
        this.regions = regions;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the accounts the actor administers, narrowed by the filter, by username. The region
     * filter's code must exist (400 {@code region} otherwise).
     */
    public PageResult<UserAccount> search(Actor actor, UserFilter filter, int page, int size) {
        return accounts.search(actor, filter, page, size, MAX_PAGE_SIZE);
    }

    /** As {@link #search(Actor, UserFilter, int, int)} with pages up to {@code maxSize} (an export's). */
    PageResult<UserAccount> search(Actor actor, UserFilter filter, int page, int size, int maxSize) {
        return accounts.search(actor, filter, page, size, maxSize);
    }

    /**
     * Creates an account that must change its initial password at the first login. Preconditions:
     * the organization lies in the actor's scope and suits the role.
     */
    @Transactional
    public UserAccount create(
            String username, String displayName, Role role, long organizationId, String initialPassword, Actor actor) {
        requireBusinessRole(role);
        OrganizationEntity org = organizationManagement.visible(organizationId, actor);
        RoleRules.check(role, org.kind(), regions.require(org.regionCode()).level());
        PasswordPolicy.check("initialPassword", initialPassword, username);
        if (users.existsByUsername(username)) {
            throw ApiException.conflict("error.user.duplicate", username);
        }
        UserEntity user = users.saveAndFlush(new UserEntity(
                username, displayName, passwords.encode(initialPassword), role, org.id(), true, clock.instant()));
        events.publishEvent(new AccountChanged(
                "User",
                username,
                null,
                List.of(
                        new FieldChange("role", null, role.name()),
                        new FieldChange("organizationId", null, String.valueOf(organizationId)))));
        return toAccount(user);
    }

    @Transactional
    public UserAccount update(
            long id, String displayName, Role role, long organizationId, boolean enabled, long version, Actor actor) {
        UserEntity user = businessAccount(id, actor);
        requireBusinessRole(role);
        if (user.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        if (user.id() == actor.userId() && (!enabled || role != user.role())) {
            throw ApiException.invalid("role", "error.user.self-demotion");
        }
        OrganizationEntity org = organizationManagement.visible(organizationId, actor);
        RoleRules.check(role, org.kind(), regions.require(org.regionCode()).level());
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "displayName", user.displayName(), displayName);
        FieldChange.addIfChanged(changes, "role", user.role().name(), role.name());
        FieldChange.addIfChanged(
                changes, "organizationId", String.valueOf(user.organizationId()), String.valueOf(organizationId));
        FieldChange.addIfChanged(changes, "enabled", String.valueOf(user.enabled()), String.valueOf(enabled));
        user.change(displayName, role, organizationId, enabled);
        users.saveAndFlush(user);
        events.publishEvent(new AccountChanged("User", user.username(), null, changes));
        return toAccount(user);
    }

    /**
     * Lifts a lock by the security admin and the login blocks of the account from every address. Any
     * account, administrators included: unlocking changes nothing of the account itself.
     */
    @Transactional
    public void unlock(long id, Actor actor) {
        UserEntity user = visible(id, actor);
        user.unlock();
        users.saveAndFlush(user);
        throttle.clearAccount(user.username());
        events.publishEvent(
                new AccountChanged("User", user.username(), null, List.of(new FieldChange("locked", null, "false"))));
    }

    /** Locks a business account until the security admin unlocks it; its sessions end at once. */
    @Transactional
    public void lock(long id, Actor actor) {
        UserEntity user = businessAccount(id, actor);
        if (user.id() == actor.userId()) {
            throw ApiException.invalid("id", "error.user.self-demotion");
        }
        user.lock();
        users.saveAndFlush(user);
        events.publishEvent(
                new AccountChanged("User", user.username(), null, List.of(new FieldChange("locked", null, "true"))));
    }

    /** Sets a password the user of a business account must change at the next login; its sessions end. */
    @Transactional
    public void resetPassword(long id, String newPassword, Actor actor) {
        UserEntity user = businessAccount(id, actor);
        PasswordPolicy.check("newPassword", newPassword, user.username());
        user.changePassword(passwords.encode(newPassword), true);
        user.unlock();
        users.saveAndFlush(user);
        events.publishEvent(
                new AccountChanged("User", user.username(), null, List.of(new FieldChange("password", null, "（已重置）"))));
    }

    /**
     * The enabled users who hold the role in an organization of exactly that region, e.g. the
     * recipients of a deadline's reminders. No data-scope check: callers are system processes.
     */
    public List<Contact> holders(Role role, String regionCode) {
        return users.findEnabled(role, regionCode).stream()
                .map(u -> new Contact(u.id(), u.displayName(), u.email()))
                .toList();
    }

    /**
     * The enabled users who hold the role in an organization of exactly that region, narrowed to the
     * organization and to the user when given: the assignees of a procedure task. One statement. No
     * data-scope check: callers are system processes.
     */
    public List<Contact> holders(Role role, String regionCode, Long organizationId, Long userId) {
        return users
                .findEnabled(
                        role,
                        regionCode,
                        organizationId == null,
                        organizationId == null ? 0 : organizationId,
                        userId == null,
                        userId == null ? 0 : userId)
                .stream()
                .map(u -> new Contact(u.id(), u.displayName(), u.email()))
                .toList();
    }

    /** The enabled user as a recipient, if it exists. No data-scope check: for system processes. */
    public Optional<Contact> contact(long userId) {
        return users.findByIdAndEnabledTrue(userId).map(u -> new Contact(u.id(), u.displayName(), u.email()));
    }

    /** The account, if visible and not an administrator's (403 for an administrator's: 三员分立). */
    private UserEntity businessAccount(long id, Actor actor) {
        UserEntity user = visible(id, actor);
        if (user.role().administrator()) {
            throw ApiException.forbidden("error.user.administrator");
        }
        return user;
    }

    private static void requireBusinessRole(Role role) {
        if (role.administrator()) {
            throw ApiException.forbidden("error.user.administrator");
        }
    }

    private UserEntity visible(long id, Actor actor) {
        UserEntity user = users.findById(id).orElseThrow(() -> ApiException.notFound("error.user.not-found", id));
        organizationManagement.visible(user.organizationId(), actor);
        return user;
    }

    private UserAccount toAccount(UserEntity u) {
        return accounts.account(u);
    }
}
