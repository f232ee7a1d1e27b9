package cn.ecozone.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds how many requests the server works on at once and admits the others in the order they came
 * (issue 10, ADR 0023). With virtual threads every accepted request runs at once; with more requests
 * than two cores can serve, the scheduler let some wait for seconds while later ones finished. Beyond
 * the limit a request waits parked (no carrier thread held) on a fair semaphore; one that waits longer
 * than the patience is answered 503 with {@code Retry-After}. A limit of 0 admits everything.
 *
 * <p>Requests that mostly move bytes at the client's pace are not counted, so that slow links cannot
 * hold the permits: multipart uploads (they have their own size limits) and the downloads named in
 * {@code ecozone.web.in-flight-exempt} (documents, evidence files, exports).
 *
 * <p>The limit defaults to the connection pool's size (ADR 0064): an admitted request then finds a
 * connection without waiting, unless the database is slow or away, so that the wait under load happens
 * here, in arrival order with the patience, and not inside the pool, whose hand-over is not in arrival
 * order and whose {@code connection-timeout} answers 503 "database unavailable" (ADR 0053). A limit above
 * the pool's size is allowed and logged as a warning at start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class InFlightLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);

    private final int limit;
    private final Semaphore permits;
    private final long patienceNanos;
    private final ProblemWriter problems;
    private final List<String> exempt;
    private final AntPathMatcher paths = new AntPathMatcher();

    @Autowired
    InFlightLimitFilter(
            @Value("${ecozone.web.max-in-flight:${spring.datasource.hikari.maximum-pool-size:10}}") int limit,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections,
            @Value("${ecozone.web.in-flight-patience:10s}") Duration patience,
            @Value("${ecozone.web.in-flight-exempt:}") List<String> exempt,
            ProblemWriter problems) {
        this(limit, patience, exempt, problems);
        if (limit > connections) {
            log.warn(
                    "ecozone.web.max-in-flight ({}) exceeds the database connections (spring.datasource.hikari"
                            + ".maximum-pool-size, {}): up to {} admitted requests may wait for a connection out of"
                            + " arrival order and be answered 503 after the pool's connection-timeout (ADR 0064)",
                    limit,
                    connections,
                    limit - connections);
        }
    }

    /** A limiter of {@code limit} requests (0: none) that wait at most {@code patience} for admission. */
    InFlightLimitFilter(int limit, Duration patience, List<String> exempt, ProblemWriter problems) {
        this.limit = limit;
        this.permits = limit > 0 ? new Semaphore(limit, true) : null;
        this.patienceNanos = patience.toNanos();
        this.exempt = List.copyOf(exempt);
        this.problems = problems;
    }

    /** How many requests are worked on at once at most (0: no limit). */
    int limit() {
        return limit;
    }

    /** Whether the request takes a permit: not a multipart upload nor a listed download. */
    boolean counts(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return exempt.stream().noneMatch(pattern -> paths.match(pattern, path));
    }

    /** How many requests wait for admission now (0 when unlimited). */
    int waiting() {
        return permits == null ? 0 : permits.getQueueLength();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (permits == null || !counts(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(patienceNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "5");
            problems.write(request, response, 503, "busy", "error.busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
