package cn.ecozone.audit.web;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditManagement;
import cn.ecozone.audit.AuditQuery;
import cn.ecozone.audit.ChainVerification;
import cn.ecozone.audit.ChainVerification.Problem;
import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, readable by the audit admin only (三员分立). */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditManagement audit;
    private final Problems messages;
    private final WorkbookExports exports;

    AuditController(AuditManagement audit, Problems messages, WorkbookExports exports) {
        this.audit = audit;
        this.messages = messages;
        this.exports = exports;
    }

    /**
     * Records newest first; {@code from} and {@code to} are dates, both included; {@code q} free text
     * matched literally in the user, organization, request, path, target and reason (issue 14 §6).
     */
    @GetMapping("/records")
    PageResult<AuditEntry> records(
            @RequestParam(required = false) @Size(max = 64) String username,
            @RequestParam(required = false) @Size(max = 200) String action,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return audit.search(query(username, action, q, from, to), page, size, LocaleContextHolder.getLocale());
    }

    /**
     * The records {@link #records} finds, every page, as an .xlsx workbook streamed to the client
     * (issue 14 §6); same filters, recorded with them in the log before the first byte leaves.
     */
    @GetMapping("/records/export")
    void export(
            @RequestParam(required = false) @Size(max = 64) String username,
            @RequestParam(required = false) @Size(max = 200) String action,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        AuditQuery query = query(username, action, q, from, to);
        exports.exportStreamed(
                response,
                "AuditLog:export",
                query.exportFilters(from, to),
                messages.message("audit.export.file", null, locale),
                out -> audit.export(query, locale, out));
    }

    private static AuditQuery query(String username, String action, String q, LocalDate from, LocalDate to) {
        return new AuditQuery(
                username,
                action,
                q,
                from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /**
     * Verifies the chain; the answer names the checkpoint outside the database that it trusted and,
     * when broken, the first broken record and why.
     */
    @GetMapping("/verify")
    VerifyResponse verify() {
        ChainVerification v = audit.verify();
        Locale locale = LocaleContextHolder.getLocale();
        TrustedCheckpoint c = v.checkpoint();
        String result = v.intact()
                ? messages.message("audit.verify.intact", new Object[] {v.checked()}, locale)
                : messages.message(
                        "audit.verify.broken." + v.problem().name().toLowerCase(Locale.ROOT),
                        new Object[] {v.firstBrokenSequence(), v.checked()},
                        locale);
        String trusted = c == null
                ? messages.message("audit.verify.no-checkpoint", null, locale)
                : messages.message(
                        "audit.verify.checkpoint",
                        new Object[] {c.sequence(), TIME.format(c.createdAt().atZone(ZONE)), c.keyId()},
                        locale);
        return new VerifyResponse(
                v.intact(),
                v.checked(),
                v.firstBrokenSequence(),
                v.problem(),
                c,
                v.untrustedCheckpoints(),
                result + messages.message("audit.verify.separator", null, locale) + trusted);
    }

    /**
     * @param firstBrokenSequence {@code null} when intact
     * @param problem {@code null} when intact
     * @param checkpoint {@code null} before the first checkpoint was written
     */
    record VerifyResponse(
            boolean intact,
            long checked,
            @Nullable Long firstBrokenSequence,
            @Nullable Problem problem,
            @Nullable TrustedCheckpoint checkpoint,
            int untrustedCheckpoints,
            String message) {}
}
