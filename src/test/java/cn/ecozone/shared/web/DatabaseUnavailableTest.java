package cn.ecozone.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that goes away mid-request (PostgreSQL restarting, the pool unable to connect) is
 * answered with 503, a Retry-After and a problem+json, whichever layer reported it; other failures
 * stay a 500.
 */
class DatabaseUnavailableTest {

    private static final Map<String, Supplier<RuntimeException>> FAILURES = Map.of(
            "pool-timeout",
                    () -> new CannotCreateTransactionException(
                            "no connection", new SQLTransientConnectionException("pool timed out")),
            "no-connection", () -> new CannotGetJdbcConnectionException("refused", new SQLException("x", "08001")),
            "resource-failure",
                    () -> new DataAccessResourceFailureException("terminated", new SQLException("x", "57P01")),
            "recoverable", () -> new RecoverableDataAccessException("recoverable"),
            "hibernate-connection",
                    () -> new JpaSystemException(new JDBCConnectionException("closed", new SQLException("x", "08006"))),
            "admin-shutdown", () -> new JpaSystemException(new RuntimeException(new SQLException("x", "57P01"))),
            "rollback-on-closed",
                    () -> new JpaSystemException(new org.hibernate.TransactionException(
                            "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))),
            "rollback-kept-cause", DatabaseUnavailableTest::rollbackFailedAfterTerminated,
            "bug", () -> new IllegalStateException("a plain bug"),
            "other-sql", () -> new JpaSystemException(new RuntimeException(new SQLException("syntax error"))));

    /** A rollback that failed after the database ended the connection; the first failure kept beside it. */
    private static RuntimeException rollbackFailedAfterTerminated() {
        org.springframework.transaction.TransactionSystemException e =
                new org.springframework.transaction.TransactionSystemException("Could not roll back JDBC transaction");
        e.initApplicationException(
                new DataAccessResourceFailureException("terminated", new SQLException("x", "57P01")));
        return e;
    }

    @RestController
    static class Failing {
        @GetMapping("/fail/{kind}")
        String fail(@PathVariable String kind) {
            throw FAILURES.get(kind).get();
        }
    }

    private final MockMvc mvc;

    DatabaseUnavailableTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new ProblemHandler(new Problems(messages)))
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pool-timeout",
                "no-connection",
                "resource-failure",
                "recoverable",
                "hibernate-connection",
                "admin-shutdown",
                "rollback-on-closed",
                "rollback-kept-cause"
            })
    void anUnreachableDatabaseIsA503WithARetryHint(String kind) throws Exception {
        mvc.perform(get("/fail/" + kind).locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("unavailable"))
                .andExpect(jsonPath("$.detail").value("数据库暂时不可用，请稍后重试"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bug", "other-sql"})
    void otherFailuresStayA500(String kind) throws Exception {
        mvc.perform(get("/fail/" + kind))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"));
    }
}
