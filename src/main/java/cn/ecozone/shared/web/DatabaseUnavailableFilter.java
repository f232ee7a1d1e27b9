package cn.ecozone.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when the database is away and the failure happens outside a
 * controller, where {@link ProblemHandler} cannot see it (issue 15 §3, ADR 0053): reading the session
 * from the database (Spring Session's filter, and the dispatcher's own look at the session), the
 * account's stamp check in the security chain, or saving the session at the end of the request. Left to
 * the container, such a failure went to the error page, which needs the session too and failed again:
 * a bare 500. Runs outside Spring Session's filter, so that its reads and writes are inside.
 *
 * <p>A failure after the response was committed cannot change the answer and is passed on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemWriter problems;

    DatabaseUnavailableFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || !DatabaseUnavailable.is(e)) {
                throw e;
            }
            log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            problems.write(request, response, 503, "unavailable", "error.database.unavailable");
        }
    }
}
