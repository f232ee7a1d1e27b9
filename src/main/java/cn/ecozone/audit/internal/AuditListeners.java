package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.identity.LoginAttempted;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Turns login attempts and committed business changes into audit records. */
@Component
class AuditListeners {

    /** The username of changes that no user made. */
    static final String SYSTEM = "system";

    private final AuditLog auditLog;

    AuditListeners(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(LoginAttempted event) {
        Actor actor = event.actor();
        auditLog.append(
                new Draft(
                        event.username(),
                        actor == null ? null : actor.role().name(),
                        actor == null ? null : actor.organizationName(),
                        actor == null ? null : actor.regionCode(),
                        event.succeeded() ? "LOGIN" : "LOGIN_FAILED",
                        event.username(),
                        event.succeeded() ? Outcome.SUCCESS : Outcome.FAILURE,
                        event.succeeded() ? 200 : 401,
                        event.clientAddress(),
                        event.failure()),
                List.of());
    }

    /**
     * A committed change joins the record of the request that made it; a change outside any request
     * becomes a record of its own, naming the actor the change carries (e.g. the user who started an
     * asynchronous import) or "system" (e.g. a scheduled job).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AuditedChange change) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            List<AuditedChange> changes = new ArrayList<>(changesOf(request));
            changes.add(change);
            request.setAttribute(AuditFilter.CHANGES_ATTRIBUTE, changes, RequestAttributes.SCOPE_REQUEST);
            return;
        }
        Actor actor = change.actor();
        auditLog.append(
                new Draft(
                        actor == null ? SYSTEM : actor.username(),
                        actor == null ? null : actor.role().name(),
                        actor == null ? null : actor.organizationName(),
                        actor == null ? null : actor.regionCode(),
                        "CHANGE " + change.targetType(),
                        change.targetType() + ":" + change.targetId(),
                        Outcome.SUCCESS,
                        0,
                        null,
                        change.reason()),
                change.changes());
    }

    @SuppressWarnings("unchecked")
    private static List<AuditedChange> changesOf(RequestAttributes request) {
        Object list = request.getAttribute(AuditFilter.CHANGES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return list instanceof List<?> l ? (List<AuditedChange>) l : List.of();
    }
}
