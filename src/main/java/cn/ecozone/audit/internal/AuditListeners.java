package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.document.DocumentRead;
import cn.ecozone.identity.LoginAttempted;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns login attempts, committed business changes and reads of stored documents into audit
 * records. A change is recorded in the transaction that makes it, just before it commits, so that no
 * committed change is left without its record: if the record cannot be written, the change rolls
 * back (等保2.0 8.1.4.3 c: audit records cover every important user action).
 */
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
     * One record per change, written in the changing transaction. Within a request it names the
     * request's actor, method and path; outside one, the actor the change carries (e.g. the user who
     * started an asynchronous import) or "system" (e.g. a scheduled job). The status is 0: the answer
     * is not known before the commit. Once committed, the request is marked so that {@link AuditFilter}
     * does not record it a second time.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AuditedChange change) {
        HttpServletRequest request = currentRequest();
        Actor actor = request != null && request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a
                ? a
                : change.actor();
        Draft draft = new Draft(
                actor == null ? SYSTEM : actor.username(),
                actor == null ? null : actor.role().name(),
                actor == null ? null : actor.organizationName(),
                actor == null ? null : actor.regionCode(),
                request == null ? "CHANGE " + change.targetType() : AuditFilter.action(request),
                change.targetType() + ":" + change.targetId(),
                Outcome.SUCCESS,
                0,
                request == null ? null : request.getRemoteAddr(),
                change.reason(),
                request == null ? null : AuditFilter.path(request));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            auditLog.appendInTransaction(draft, change.changes());
            if (request != null) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        request.setAttribute(AuditFilter.RECORDED_ATTRIBUTE, Boolean.TRUE);
                    }
                });
            }
        } else {
            auditLog.append(draft, change.changes());
            if (request != null) {
                request.setAttribute(AuditFilter.RECORDED_ATTRIBUTE, Boolean.TRUE);
            }
        }
    }

    /**
     * A stored document (plan text, work plan, evidence) is about to be read: recorded before its
     * bytes leave, in a transaction of its own; if the record cannot be written, the read fails.
     */
    @EventListener
    void on(DocumentRead read) {
        HttpServletRequest request = currentRequest();
        Actor actor = request != null && request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a ? a : null;
        auditLog.append(
                new Draft(
                        actor == null ? null : actor.username(),
                        actor == null ? null : actor.role().name(),
                        actor == null ? null : actor.organizationName(),
                        actor == null ? null : actor.regionCode(),
                        request == null ? "READ Document" : AuditFilter.action(request),
                        "Document:" + read.documentId() + " " + read.name(),
                        Outcome.SUCCESS,
                        0,
                        request == null ? null : request.getRemoteAddr(),
                        null,
                        request == null ? null : AuditFilter.path(request)),
                List.of());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
