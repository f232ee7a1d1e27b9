package cn.ecozone.identity.internal;

import cn.ecozone.identity.LoginAttempted;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password, applying the lockout rule. The failure count is committed even
 * though the login fails, so the outcome is returned rather than thrown.
 */
@Service
public class LoginService {

    private final Users users;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A hash of a random string, compared against for unknown users to even out timing. */
    private final String dummyHash;

    LoginService(
            Users users,
            Organizations organizations,
            RegionManagement regions,
            PasswordEncoder passwords,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.regions = regions;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /** The outcome of a login attempt. */
    public sealed interface Outcome {}

    public record Succeeded(Actor actor) implements Outcome {}

    /** A failed login: {@code remaining} tries before lockout, or the time the lock ends. */
    public record Failed(String code, int remaining, Instant lockedUntil) implements Outcome {}

    @Transactional
    public Outcome login(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<UserEntity> found = users.findForLogin(username);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            return failed(username, null, new Failed("bad-credentials", -1, null), clientAddress, now);
        }
        UserEntity user = found.get();
        Actor actor = actorOf(user);
        if (!user.enabled()) {
            return failed(username, actor, new Failed("disabled", 0, null), clientAddress, now);
        }
        if (user.isLocked(now)) {
            return failed(username, actor, new Failed("locked", 0, user.lockedUntil()), clientAddress, now);
        }
        if (!passwords.matches(password, user.passwordHash())) {
            user.recordFailure(now, properties.maxFailures(), properties.lockout());
            Failed failure = user.isLocked(now)
                    ? new Failed("locked", 0, user.lockedUntil())
                    : new Failed("bad-credentials", properties.maxFailures() - user.failedAttempts(), null);
            return failed(username, actor, failure, clientAddress, now);
        }
        user.recordSuccess(now);
        events.publishEvent(new LoginAttempted(username, actor, null, clientAddress, now));
        return new Succeeded(actor);
    }

    /** The actor for a user, with its organization and region. */
    public Actor actorOf(UserEntity user) {
        OrganizationEntity org = organizations.findById(user.organizationId()).orElseThrow();
        return new Actor(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                org.id(),
                org.name(),
                org.regionCode(),
                regions.require(org.regionCode()).path(),
                user.mustChangePassword());
    }

    private Failed failed(String username, Actor actor, Failed failure, String clientAddress, Instant now) {
        events.publishEvent(new LoginAttempted(username, actor, failure.code(), clientAddress, now));
        return failure;
    }
}
