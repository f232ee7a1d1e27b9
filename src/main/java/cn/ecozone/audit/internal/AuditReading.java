package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Reading the audit log as its readers see it: pages with descriptions, and the export. */
@Component
public class AuditReading {

    private final AuditLog log;
    private final AuditDescriptions descriptions;
    private final AuditExport export;

    AuditReading(AuditLog log, AuditDescriptions descriptions, AuditExport export) {
        this.log = log;
        this.descriptions = descriptions;
        this.export = export;
    }

    /** A page of records, newest first, each described in {@code locale}. */
    public PageResult<AuditEntry> search(
            String username, String action, Instant from, Instant to, int page, int size, Locale locale) {
        PageResult<AuditEntry> found = log.search(username, action, from, to, page, size);
        return new PageResult<>(
                descriptions.describe(found.content(), locale), found.page(), found.size(), found.totalElements());
    }

    /** Appends the record of an export of the log with these filters (see AuditManagement#recordExport). */
    public void recordExport(String username, String action, Instant from, Instant to) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        Actor actor = request != null && request.getAttribute(Actor.REQUEST_ATTRIBUTE) instanceof Actor a ? a : null;
        String filters = "username=" + (username == null ? "" : username) + "; action="
                + (action == null ? "" : action) + "; from=" + (from == null ? "" : from) + "; to="
                + (to == null ? "" : to);
        log.append(
                new Draft(
                        actor == null ? null : actor.username(),
                        actor == null ? null : actor.role().name(),
                        actor == null ? null : actor.organizationName(),
                        actor == null ? null : actor.regionCode(),
                        request == null ? "EXPORT AuditLog" : AuditFilter.action(request),
                        "AuditLog:export",
                        Outcome.SUCCESS,
                        0,
                        request == null ? null : request.getRemoteAddr(),
                        filters,
                        request == null ? null : AuditFilter.path(request)),
                List.of());
    }

    /** Every record the filters find, as an .xlsx workbook. */
    public void export(String username, String action, Instant from, Instant to, Locale locale, OutputStream out)
            throws IOException {
        export.write(username, action, from, to, locale, out);
    }
}
