package cn.ecozone.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in the database, so that every instance sees the same counts: per client
 * address ({@link #addressKey}) across all accounts, and per account from one address ({@link
 * #accountKey}). An anonymous caller can thus block its own address, but never lock an account out
 * for its owner at another address. Each count is updated under the row's lock (an insert that does
 * nothing when the row exists, then {@code select … for update}), so concurrent failures all count.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    static String accountKey(String username, String address) {
        return "acct:" + address + "|" + username;
    }

    /** The current count under the key, without locking. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ThrottleCount current(String key) {
        return find(key, false).orElseGet(() -> ThrottleCount.none(clock.instant()));
    }

    /** Counts a failure under the key and returns the new count. Runs in the login's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ThrottleCount fail(String key, int max, Duration window) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_throttle (throttle_key, failures, window_start, blocked_until)"
                        + " values (:key, 0, :now, null) on conflict do nothing")
                .param("key", key)
                .param("now", utc(now))
                .update();
        ThrottleCount next = find(key, true).orElseThrow().withFailure(now, max, window);
        jdbc.sql("update login_throttle set failures = :failures, window_start = :start, blocked_until = :until"
                        + " where throttle_key = :key")
                .param("failures", next.failures())
                .param("start", utc(next.windowStart()))
                .param("until", next.blockedUntil() == null ? null : utc(next.blockedUntil()))
                .param("key", key)
                .update();
        return next;
    }

    /** Forgets the count under the key, e.g. after a successful login. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }

    /** Forgets the account's counts from every address: the security admin unlocked it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clearAccount(String username) {
        jdbc.sql("delete from login_throttle where throttle_key like :pattern escape '\\'")
                .param(
                        "pattern",
                        "acct:%|"
                                + username.replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_"))
                .update();
    }

    /** The latest end of a block of the account from any address, if one is in force. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Instant> accountBlockedUntil(String username) {
        return jdbc.sql("select max(blocked_until) from login_throttle where throttle_key like :pattern escape '\\'"
                        + " and blocked_until > :now")
                .param("pattern", accountPattern(username))
                .param("now", utc(clock.instant()))
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single()
                .map(OffsetDateTime::toInstant);
    }

    /**
     * The latest end of a block in force of each of the accounts that has one, from any address: the
     * blocks of a page of accounts in one statement (issue 10, no query per row). Reads the account
     * blocks in force (one row per blocked account and address, each lasting the block's minutes) and
     * keeps those of the given names; usernames hold no {@code |} (see {@link #accountKey}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Instant> accountsBlockedUntil(Collection<String> usernames) {
        Set<String> wanted = Set.copyOf(usernames);
        Map<String, Instant> blocked = new HashMap<>();
        jdbc.sql("select throttle_key, blocked_until from login_throttle where throttle_key like 'acct:%'"
                        + " and blocked_until > :now")
                .param("now", utc(clock.instant()))
                .query((rs, n) -> {
                    String key = rs.getString(1);
                    String username = key.substring(key.lastIndexOf('|') + 1);
                    Instant until = rs.getObject(2, OffsetDateTime.class).toInstant();
                    if (wanted.contains(username)) {
                        blocked.merge(username, until, (a, b) -> a.isAfter(b) ? a : b);
                    }
                    return key;
                })
                .list();
        return blocked;
    }

    private static String accountPattern(String username) {
        return "acct:%|" + username.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Optional<ThrottleCount> find(String key, boolean lock) {
        return jdbc.sql("select failures, window_start, blocked_until from login_throttle where throttle_key = :key"
                        + (lock ? " for update" : ""))
                .param("key", key)
                .query((rs, n) -> new ThrottleCount(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
