package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.ExportRecorder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records the export of a list (the audit log itself, plans, the inbox, …; issue 14 §5) in the audit
 * log: who, the request, the target and the declared filters, appended before the workbook leaves. A
 * failure to append propagates, so the export is not sent.
 */
@Component
class ListExportAudit implements ExportRecorder {

    private final AuditLog log;

    ListExportAudit(AuditLog log) {
        this.log = log;
    }

    @Override
    public void recordExport(String target, ExportFilters filters) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        Actor actor = request != null && request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a ? a : null;
        log.append(
                new Draft(
                        actor == null ? null : actor.username(),
                        actor == null ? null : actor.role().name(),
                        actor == null ? null : actor.organizationName(),
                        actor == null ? null : actor.regionCode(),
                        request == null ? "EXPORT " + target : AuditFilter.action(request),
                        target,
                        Outcome.SUCCESS,
                        0,
                        request == null ? null : request.getRemoteAddr(),
                        filters.describe(),
                        request == null ? null : AuditFilter.path(request)),
                List.of());
    }
}
