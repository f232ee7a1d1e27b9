package cn.ecozone.identity.internal;

import cn.ecozone.shared.Actor;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a session tied to its account: at login the session keeps the account's session stamp and
 * the end of its absolute lifetime; on every request {@link #valid} compares the stamp with the one
 * in the database (one primary-key query), so that disabling, locking, a new role or organization, or
 * a new password ends every session of the account at once, on every instance. GB/T 22239-2019
 * 8.1.4.1 b) (结束会话) and d); 8.1.4.2 (最小权限: a changed role applies from the next login).
 *
 * <p>The per-request read is a plain JDBC statement outside any transaction: through the repository it
 * cost a read-only transaction and a JPQL query, a third of what {@code /api/auth/me} spent (issue 10,
 * docs/performance.md "The framework's floor").
 */
@Component
public class AccountSessions {

    static final String STAMP = AccountSessions.class.getName() + ".stamp";
    static final String ENDS_AT = AccountSessions.class.getName() + ".endsAt";

    private static final String STAMP_SQL = "select session_stamp from user_account where id = ? and enabled = true";

    private final Users users;
    private final Clock clock;
    private final JdbcClient jdbc;

    AccountSessions(Users users, Clock clock, DataSource dataSource) {
        this.users = users;
        this.clock = clock;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Ties a fresh session to the account's stamp read at login, for at most {@code lifetime}, and names
     * its user for the session table's principal column (ADR 0053; without it Spring Session would store
     * the whole {@link Actor}'s text there, longer than the column).
     */
    public void begin(HttpSession session, Actor actor, long sessionStamp, Duration lifetime) {
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, actor.username());
        session.setAttribute(STAMP, sessionStamp);
        session.setAttribute(ENDS_AT, clock.instant().plus(lifetime));
    }

    /** Re-stamps the session after its own user changed the password (which ends the other sessions). */
    public void restamp(HttpSession session, long userId) {
        users.findSessionStamp(userId).ifPresent(stamp -> session.setAttribute(STAMP, stamp));
    }

    /**
     * Whether the actor's session may go on: it was stamped at login, its absolute lifetime has not
     * ended, and the account's stamp has not moved since (a missing or disabled account ends it too).
     */
    public boolean valid(HttpSession session, Actor actor) {
        if (session == null
                || !(session.getAttribute(STAMP) instanceof Long stamp)
                || !(session.getAttribute(ENDS_AT) instanceof Instant endsAt)) {
            return false;
        }
        if (!clock.instant().isBefore(endsAt)) {
            return false;
        }
        // compared as numbers: two Long objects are the same object only below 128 (Long.valueOf's cache),
        // and a session read back from the database holds a Long of its own
        return currentStamp(actor.userId()).filter(stamp::equals).isPresent();
    }

    private Optional<Long> currentStamp(long userId) {
        return jdbc.sql(STAMP_SQL).param(userId).query(Long.class).optional();
    }
}
