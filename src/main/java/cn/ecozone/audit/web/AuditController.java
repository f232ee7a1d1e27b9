package cn.ecozone.audit.web;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditManagement;
import cn.ecozone.audit.ChainVerification;
import cn.ecozone.audit.ChainVerification.Problem;
import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.Problems;
import cn.ecozone.shared.web.WorkbookExports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log, readable by the audit admin only (三员分立). */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditManagement audit;
    private final Problems messages;

    AuditController(AuditManagement audit, Problems messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** Records newest first; {@code from} and {@code to} are dates, both included. */
    @GetMapping("/records")
    PageResult<AuditEntry> records(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return audit.search(
                username,
                action,
                from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(),
                page,
                size,
                LocaleContextHolder.getLocale());
    }

    /**
     * The records {@link #records} finds, every page, as an .xlsx workbook streamed to the client
     * (issue 14 §6); same filters.
     */
    @GetMapping("/records/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Locale locale = LocaleContextHolder.getLocale();
        Instant start = from == null ? null : from.atStartOfDay(ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
        audit.recordExport(username, action, start, end);
        StreamingResponseBody body = out -> audit.export(username, action, start, end, locale, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        WorkbookExports.attachment(messages.message("audit.export.file", null, locale)))
                .body(body);
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

    record VerifyResponse(
            boolean intact,
            long checked,
            Long firstBrokenSequence,
            Problem problem,
            TrustedCheckpoint checkpoint,
            int untrustedCheckpoints,
            String message) {}
}
