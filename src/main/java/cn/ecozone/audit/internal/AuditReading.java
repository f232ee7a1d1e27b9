package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditQuery;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;

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
    public PageResult<AuditEntry> search(AuditQuery query, int page, int size, Locale locale) {
        PageResult<AuditEntry> found = log.search(query, page, size);
        return new PageResult<>(
                descriptions.describe(found.content(), locale), found.page(), found.size(), found.totalElements());
    }

    /** Every record the query finds, as an .xlsx workbook. */
    public void export(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        export.write(query, locale, out);
    }
}
