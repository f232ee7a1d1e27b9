package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange;
import cn.ecozone.shared.AuditedChange.FieldChange;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
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
 * who, role, organization, region, action, target, outcome, status and client address, plus the
 * field changes and reason that the business modules published while handling it. Logins are
 * recorded from their own event instead. Runs outside the security chain, so denials are recorded.
 */
@Component
@Order(-200)
class AuditFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link AuditedChange}s committed while handling the request. */
    static final String CHANGES_ATTRIBUTE = AuditFilter.class.getName() + ".changes";

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
            record(request, response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        try {
            Actor actor = request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a ? a : null;
            List<AuditedChange> committed = changes(request);
            List<FieldChange> fields = new ArrayList<>();
            String reason = null;
            for (AuditedChange change : committed) {
                fields.addAll(change.changes());
                reason = change.reason() == null ? reason : change.reason();
            }
            auditLog.append(
                    new Draft(
                            actor == null ? null : actor.username(),
                            actor == null ? null : actor.role().name(),
                            actor == null ? null : actor.organizationName(),
                            actor == null ? null : actor.regionCode(),
                            request.getMethod() + " " + pattern(request),
                            target(request, committed),
                            outcome(status),
                            status,
                            request.getRemoteAddr(),
                            reason),
                    fields);
        } catch (RuntimeException e) {
            log.error("could not write the audit record for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<AuditedChange> changes(HttpServletRequest request) {
        Object list = request.getAttribute(CHANGES_ATTRIBUTE);
        return list instanceof List<?> l ? (List<AuditedChange>) l : List.of();
    }

    private static String pattern(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : request.getRequestURI();
    }

    private static String target(HttpServletRequest request, List<AuditedChange> committed) {
        if (!committed.isEmpty()) {
            AuditedChange first = committed.getFirst();
            return first.targetType() + ":" + first.targetId();
        }
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
