package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.SerializationUtils;

/**
 * A session goes on while its stamp equals the account's, whatever the stamp's size: an account changed
 * 128 times or more, or a session read back from the database (ADR 0053), holds a {@code Long} that is
 * not the very object the database read returns.
 */
class AccountSessionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final AccountSessions sessions;
    private final Actor actor =
            new Actor(7, "clerk", "办事员", Role.COUNTY_GOVERNMENT, 3, "某旗政府", "152531", "/150000/152500/152531/", false);

    AccountSessionsTest() {
        dataSource.setURL("jdbc:h2:mem:account-sessions-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        sessions = new AccountSessions(null, Clock.fixed(NOW, ZoneOffset.UTC), dataSource);
    }

    private void account(long stamp, boolean enabled) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table user_account (id bigint primary key, session_stamp bigint, enabled boolean)")
                .update();
        jdbc.sql("insert into user_account values (7, ?, ?)")
                .param(stamp)
                .param(enabled)
                .update();
    }

    private MockHttpSession session(long stamp) {
        MockHttpSession session = new MockHttpSession();
        // a Long of its own, as reading the session back from the database makes it
        session.setAttribute(AccountSessions.STAMP, SerializationUtils.clone(Long.valueOf(stamp)));
        session.setAttribute(AccountSessions.ENDS_AT, NOW.plus(Duration.ofHours(8)));
        return session;
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 127, 128, 5_000})
    void aSessionWithTheAccountsStampGoesOnWhateverTheStampsSize(long stamp) {
        account(stamp, true);
        assertThat(sessions.valid(session(stamp), actor)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 200})
    void aSessionWithAnOlderStampEnds(long stamp) {
        account(stamp, true);
        assertThat(sessions.valid(session(stamp - 1), actor)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {200})
    void aDisabledAccountsSessionEnds(long stamp) {
        account(stamp, false);
        assertThat(sessions.valid(session(stamp), actor)).isFalse();
    }
}
