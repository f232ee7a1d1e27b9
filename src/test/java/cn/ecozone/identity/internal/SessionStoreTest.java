package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.session.autoconfigure.SessionAutoConfiguration;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Spring Session JDBC's cleanup of expired sessions (a delete once a minute, {@code
 * spring.session.jdbc.cleanup-cron}) runs only where sessions are in the database: with the default
 * memory store the session tables stay empty, and the job would only query the database and log errors
 * while it is away (review s16 #10). The session auto-configuration with an in-memory H2 database and
 * {@link SessionStore}, as the application has them.
 */
class SessionStoreTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    SessionAutoConfiguration.class,
                    JdbcSessionAutoConfiguration.class))
            .withUserConfiguration(SessionStore.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:session-store-test;DB_CLOSE_DELAY=-1",
                    "spring.session.jdbc.initialize-schema=never",
                    "spring.session.jdbc.cleanup-cron=0 * * * * *");

    /** The repository's own scheduler, which Spring Session creates only when it schedules the cleanup. */
    private static Object cleanupScheduler(JdbcIndexedSessionRepository repository) {
        return ReflectionTestUtils.getField(repository, "taskScheduler");
    }

    @Test
    void withSessionsInMemoryTheDatabaseCleanupIsNeverScheduled() {
        runner.withPropertyValues("ecozone.session.store=memory").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(cleanupScheduler(context.getBean(JdbcIndexedSessionRepository.class)))
                    .isNull();
        });
    }

    @Test
    void withSessionsInTheDatabaseExpiredOnesAreCleanedOnTheConfiguredSchedule() {
        runner.withPropertyValues("ecozone.session.store=jdbc").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(cleanupScheduler(context.getBean(JdbcIndexedSessionRepository.class)))
                    .isNotNull();
        });
    }
}
