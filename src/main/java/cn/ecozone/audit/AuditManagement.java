package cn.ecozone.audit;

import cn.ecozone.audit.internal.AuditChainVerifier;
import cn.ecozone.audit.internal.AuditReading;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The audit module's API: reading and verifying the tamper-evident log. */
@Service
public class AuditManagement {

    private final AuditReading reading;
    private final AuditChainVerifier verifier;

    AuditManagement(AuditReading reading, AuditChainVerifier verifier) {
        this.reading = reading;
        this.verifier = verifier;
    }

    /**
     * Records newest first, filtered by username, action text and time range (each optional), each
     * with its description in {@code locale} (issue 14 §6).
     */
    public PageResult<AuditEntry> search(
            String username, String action, Instant from, Instant to, int page, int size, Locale locale) {
        return reading.search(username, action, from, to, page, size, locale);
    }

    /** As {@link #search(String, String, Instant, Instant, int, int, Locale)} in Chinese. */
    public PageResult<AuditEntry> search(String username, String action, Instant from, Instant to, int page, int size) {
        return search(username, action, from, to, page, size, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Records, in the request that asks for it and before any byte leaves, that the audit log is being
     * exported with these filters: a bulk read of the log is itself audited (等保2.0 8.1.4.3), as a
     * single document read is. If the record cannot be written, the export fails.
     */
    public void recordExport(String username, String action, Instant from, Instant to) {
        reading.recordExport(username, action, from, to);
    }

    /** The records {@link #search} finds, all pages, as an .xlsx workbook written to {@code out}. */
    public void export(String username, String action, Instant from, Instant to, Locale locale, OutputStream out)
            throws IOException {
        reading.export(username, action, from, to, locale, out);
    }

    /**
     * Re-computes every keyed hash from the first record on, compares the chain with the signed
     * checkpoints outside the database, and reports the first broken link and the checkpoint trusted.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }
}
