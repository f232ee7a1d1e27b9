package cn.ecozone.identity.internal;

import cn.ecozone.identity.UserAccount;
import cn.ecozone.identity.UserFilter;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The accounts as administrators see them: the list within the actor's administration scope, and one
 * account with its organization, region and lock. An account counts as locked when the security admin
 * locked it, or while its logins from some address are blocked (an unlock lifts both).
 */
@Component
public class UserAccounts {

    private final Users users;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccounts(
            Users users, Organizations organizations, RegionManagement regions, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.regions = regions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * A page of the accounts the actor administers, narrowed by the filter, by username, pages up to
     * {@code maxSize}. The region filter's code must exist (400 {@code region} otherwise). An
     * organization filter takes the organization and every one below it, inside the list's own
     * statement: a fixed number of statements and bound parameters however many organizations lie
     * below (review s16 #9).
     */
    public PageResult<UserAccount> search(Actor actor, UserFilter filter, int page, int size, int maxSize) {
        String text = filter.query() == null ? "" : filter.query().strip().toLowerCase();
        String regionFilter = "/%";
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            String code = filter.regionCode().strip();
            if (regions.names(List.of(code)).isEmpty()) {
                throw ApiException.invalid("region", "error.region.not-found", code);
            }
            regionFilter = regions.require(code).path() + "%";
        }
        // sorted by the statement itself (a native query), so the page request carries no sort
        Page<UserEntity> found = users.search(
                DataScope.administration(actor).pathPattern(),
                regionFilter,
                Like.containing(text),
                filter.role() == null,
                (filter.role() == null ? Role.SYSTEM_ADMIN : filter.role()).name(),
                filter.enabled() == null,
                filter.enabled() == null || filter.enabled(),
                filter.organizationId() == null,
                filter.organizationId() == null ? 0L : filter.organizationId(),
                Paging.of(page, size, maxSize));
        // the page's organizations and login blocks in one statement each (issue 10: no query per row)
        Map<Long, OrganizationEntity> orgs = new HashMap<>();
        organizations.findAllById(found.map(UserEntity::organizationId).toSet()).forEach(o -> orgs.put(o.id(), o));
        Map<String, Instant> blocks =
                throttle.accountsBlockedUntil(found.map(UserEntity::username).toList());
        return PageResult.of(found, u -> account(u, orgs.get(u.organizationId()), blocks.get(u.username())));
    }

    /** The account as shown; its organization and login block read for it alone. */
    public UserAccount account(UserEntity u) {
        return account(
                u,
                organizations.findById(u.organizationId()).orElseThrow(),
                throttle.accountBlockedUntil(u.username()).orElse(null));
    }

    /** The account as shown, given its organization and the end of its login block (null: none). */
    private UserAccount account(UserEntity u, OrganizationEntity org, Instant blockedUntil) {
        String regionName = regions.require(org.regionCode()).name();
        Instant now = clock.instant();
        Instant lockedUntil = u.isLocked(now) ? u.lockedUntil() : blockedUntil;
        return new UserAccount(
                u.id(),
                u.username(),
                u.displayName(),
                u.role(),
                new UserAccount.Ref(String.valueOf(org.id()), org.name()),
                new UserAccount.Ref(org.regionCode(), regionName),
                u.enabled(),
                lockedUntil != null,
                lockedUntil,
                u.mustChangePassword(),
                u.lastLoginAt(),
                u.version(),
                regions.levelNames(org.regionCode()));
    }
}
