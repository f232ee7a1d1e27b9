package cn.ecozone.identity.internal;

import cn.ecozone.identity.LoginAttempted;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password, applying the throttling rules of the security settings: failures
 * count per client address (any account) and per account from that address ({@link LoginThrottle}),
 * so that nobody can lock an account out for its owner elsewhere; a lock by the security admin stops
 * every login of the account. The counts are committed even though the login fails, so the outcome
 * is returned rather than thrown. GB/T 22239-2019 8.1.4.1 b).
 */
@Service
public class LoginService {

    private final Users users;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final SecuritySettingRows settings;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A hash of a random string, compared against for unknown users to even out timing. */
    private final String dummyHash;

    LoginService(
            Users users,
            Organizations organizations,
            RegionManagement regions,
            PasswordEncoder passwords,
            SecuritySettingRows settings,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.regions = regions;
        this.passwords = passwords;
        this.settings = settings;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /** The outcome of a login attempt. */
    public sealed interface Outcome {}

    /**
     * @param sessionStamp the account's stamp at login, kept in the session ({@link AccountSessions})
     * @param sessionLifetime the absolute lifetime of the new session
     */
    public record Succeeded(Actor actor, long sessionStamp, Duration sessionLifetime) implements Outcome {}

    /**
     * A failed login: {@code remaining} tries before the block, or the time the block ends; code
     * {@code throttled} when the client address is blocked, {@code locked} when the account is (from
     * this address, or by the security admin: then {@code lockedUntil} is null).
     */
    public record Failed(String code, int remaining, Instant lockedUntil, int lockoutMinutes) implements Outcome {}

    @Transactional
    public Outcome login(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        SecuritySettingEntity rules = settings.current();
        int minutes = rules.lockoutMinutes();
        Duration window = Duration.ofMinutes(minutes);
        String addressKey = LoginThrottle.addressKey(clientAddress);
        String accountKey = LoginThrottle.accountKey(username, clientAddress);
        ThrottleCount address = throttle.current(addressKey);
        if (address.blocked(now)) {
            return failed(
                    username, null, new Failed("throttled", 0, address.blockedUntil(), minutes), clientAddress, now);
        }
        Optional<UserEntity> found = users.findForLogin(username);
        ThrottleCount account = throttle.current(accountKey);
        if (account.blocked(now)) {
            Actor actor = found.map(this::actorOf).orElse(null);
            return failed(
                    username, actor, new Failed("locked", 0, account.blockedUntil(), minutes), clientAddress, now);
        }
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            throttle.fail(addressKey, rules.addressMaxFailures(), window);
            throttle.fail(accountKey, rules.maxFailures(), window);
            return failed(username, null, new Failed("bad-credentials", -1, null, minutes), clientAddress, now);
        }
        UserEntity user = found.get();
        Actor actor = actorOf(user);
        if (!user.enabled()) {
            return failed(username, actor, new Failed("disabled", 0, null, minutes), clientAddress, now);
        }
        if (user.isLocked(now)) {
            return failed(username, actor, new Failed("locked", 0, null, minutes), clientAddress, now);
        }
        if (!passwords.matches(password, user.passwordHash())) {
            throttle.fail(addressKey, rules.addressMaxFailures(), window);
            ThrottleCount counted = throttle.fail(accountKey, rules.maxFailures(), window);
            Failed failure = counted.blocked(now)
                    ? new Failed("locked", 0, counted.blockedUntil(), minutes)
                    : new Failed("bad-credentials", counted.remaining(rules.maxFailures()), null, minutes);
            return failed(username, actor, failure, clientAddress, now);
        }
        throttle.clear(accountKey);
        user.recordSuccess(now);
        events.publishEvent(new LoginAttempted(username, actor, null, clientAddress, now));
        return new Succeeded(actor, user.sessionStamp(), Duration.ofMinutes(rules.sessionLifetimeMinutes()));
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
