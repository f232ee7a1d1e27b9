package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing API request (POST, PUT, PATCH, DELETE) once it has been answered:
 * who, role, organization, region, action, target, outcome, status and client address. A request
 * whose changes were committed and recorded in their own transaction ({@link AuditListeners}) and
 * that succeeded is not recorded again. Logins are recorded from their own event instead. Runs
 * outside the security chain, so denials and anonymous requests are recorded.
 */
@Component
@Order(-200)
class AuditFilter extends OncePerRequestFilter {

    /** Request attribute set once a change made by the request has been committed with its record. */
    static final String RECORDED_ATTRIBUTE = AuditFilter.class.getName() + ".recorded";

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog auditLog;

    AuditFilter(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !CHANGING.contains(request.getMethod()) || !path.startsWith("/api/") || path.equals("/api/auth/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(RECORDED_ATTRIBUTE) == null || response.getStatus() >= 400) {
                record(request, response.getStatus());
            }
        }
    }

    private void record(HttpServletRequest request, int status) {
        try {
            Actor actor = request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a ? a : null;
            auditLog.append(
                    new Draft(
                            actor == null ? null : actor.username(),
                            actor == null ? null : actor.role().name(),
                            actor == null ? null : actor.organizationName(),
                            actor == null ? null : actor.regionCode(),
                            action(request),
                            target(request),
                            outcome(status),
                            status,
                            request.getRemoteAddr(),
                            null,
                            path(request)),
                    List.of());
        } catch (RuntimeException e) {
            log.error("could not write the audit record for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    /** The method and the matched path pattern (the path when no handler matched). */
    static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern.toString() : request.getRequestURI());
    }

    /** The request's path without the context path, e.g. {@code /api/plans/12/submit}. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String target(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
            return map.values().stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return request.getRequestURI();
    }

    private static Outcome outcome(int status) {
        if (status == 401 || status == 403) {
            return Outcome.DENIED;
        }
        return status < 400 ? Outcome.SUCCESS : Outcome.FAILURE;
    }
}
