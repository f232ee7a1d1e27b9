package cn.ecozone.identity;

import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disabling and enabling a business account by the system admin, each with a reason, audited. A
 * disabled account cannot log in and its sessions end at their next request (the session check reads
 * only enabled accounts, and the session stamp is raised). 三员分立: no administrator disables or
 * enables an administrator account, its own included (403); those are replaced through {@link
 * AdminReplacementManagement}.
 */
@Service
@Transactional
public class UserStatusManagement {

    private final Users users;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;

    UserStatusManagement(Users users, OrganizationManagement organizations, ApplicationEventPublisher events) {
        this.users = users;
        this.organizations = organizations;
        this.events = events;
    }

    /**
     * Disables the account. Preconditions: it lies in the actor's administration scope (404), is a
     * business account (403), the version is current (409) and it is enabled (409).
     */
    public void disable(long id, String reason, long version, Actor actor) {
        UserEntity user = account(id, version, actor);
        users.saveAndFlush(user.disable());
        audited(user, "false", reason);
    }

    /** Enables a disabled account again; the preconditions of {@link #disable}, the account disabled. */
    public void enable(long id, String reason, long version, Actor actor) {
        UserEntity user = account(id, version, actor);
        users.saveAndFlush(user.enable());
        audited(user, "true", reason);
    }

    private UserEntity account(long id, long version, Actor actor) {
        UserEntity user = users.findById(id).orElseThrow(() -> ApiException.notFound("error.user.not-found", id));
        organizations.visible(user.organizationId(), actor);
        if (user.role().administrator()) {
            throw ApiException.forbidden("error.user.administrator");
        }
        if (user.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return user;
    }

    private void audited(UserEntity user, String enabled, String reason) {
        events.publishEvent(new AccountChanged(
                "User",
                user.username(),
                reason,
                List.of(new FieldChange("enabled", String.valueOf(!Boolean.parseBoolean(enabled)), enabled))));
    }
}
