package cn.ecozone.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database failure outside any controller (reading the session, the stamp check, the dispatcher's
 * look at the session) is answered 503 with Retry-After and a problem, not left to the container's
 * error page, which failed the same way and gave a bare 500 (issue 15 §3: seen in .ci/stage-faults).
 */
class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter;

    DatabaseUnavailableFilterTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        filter = new DatabaseUnavailableFilter(
                new ProblemWriter(new Problems(messages), JsonMapper.builder().build()));
    }

    private static CannotCreateTransactionException poolTimedOut() {
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    }

    private MockHttpServletResponse run(Supplier<Exception> failure, boolean commitFirst)
            throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/auth/me");
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet failing = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res)
                    throws ServletException, IOException {
                if (commitFirst) {
                    res.getOutputStream().write("{}".getBytes());
                    res.flushBuffer();
                }
                Exception e = failure.get();
                if (e instanceof ServletException s) {
                    throw s;
                }
                throw (RuntimeException) e;
            }
        };
        filter.doFilter(request, response, new MockFilterChain(failing));
        return response;
    }

    @Test
    void aSessionReadFailingForWantOfADatabaseIsA503WithARetryHint() throws Exception {
        MockHttpServletResponse response = run(DatabaseUnavailableFilterTest::poolTimedOut, false);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"unavailable\"")
                .contains("数据库暂时不可用，请稍后重试");
    }

    @Test
    void theDispatchersWrappedFailureIsRecognisedThroughItsCause() throws Exception {
        MockHttpServletResponse response =
                run(() -> new ServletException("Request processing failed", poolTimedOut()), false);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    void otherFailuresArePassedOn() {
        assertThatThrownBy(() -> run(() -> new IllegalStateException("a plain bug"), false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureAfterTheAnswerWasSentIsPassedOn() {
        assertThatThrownBy(() -> run(DatabaseUnavailableFilterTest::poolTimedOut, true))
                .isInstanceOf(CannotCreateTransactionException.class);
    }
}
