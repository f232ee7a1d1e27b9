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
 * <p>The limit is above the connection pool's size by default (32 against 10, ADR 0064): requests
 * spend much of their time outside the database, and a limit of the pool's size cut the throughput to
 * a quarter or a half under load. The price is that under heavy load some admitted requests wait inside
 * the pool, out of arrival order, and may be answered 503 "database unavailable" after its timeout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class InFlightLimitFilter extends OncePerRequestFilter {

    private final int limit;
    private final Semaphore permits;
    private final long patienceNanos;
    private final ProblemWriter problems;
    private final List<String> exempt;
    private final AntPathMatcher paths = new AntPathMatcher();

    /** A limiter of {@code limit} requests (0: none) that wait at most {@code patience} for admission. */
    @Autowired
    InFlightLimitFilter(
            @Value("${ecozone.web.max-in-flight:0}") int limit,
            @Value("${ecozone.web.in-flight-patience:10s}") Duration patience,
            @Value("${ecozone.web.in-flight-exempt:}") List<String> exempt,
            ProblemWriter problems) {
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
