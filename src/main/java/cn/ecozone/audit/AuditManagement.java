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
     * Records newest first matching {@code query}, each with its description, the platform's own
     * reason and the coded values of its changes in {@code locale} (issue 14 §6, §8).
     */
    public PageResult<AuditEntry> search(AuditQuery query, int page, int size, Locale locale) {
        return reading.search(query, page, size, locale);
    }

    /** Records newest first, filtered by username, action text and time range (each optional), in Chinese. */
    public PageResult<AuditEntry> search(String username, String action, Instant from, Instant to, int page, int size) {
        return search(new AuditQuery(username, action, null, from, to), page, size, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The records {@link #search} finds, all pages, as an .xlsx workbook written to {@code out}. The
     * caller records the export first (a bulk read of the log is itself audited, 等保2.0 8.1.4.3):
     * it goes through {@code WorkbookExports}.
     */
    public void export(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        reading.export(query, locale, out);
    }

    /**
     * Re-computes every keyed hash from the first record on, compares the chain with the signed
     * checkpoints outside the database, and reports the first broken link and the checkpoint trusted.
     */
    public ChainVerification verify() {
        return verifier.verify();
    }
}
