package cn.ecozone.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRecordHashTest {

    private final Draft draft =
            new Draft("u", "EXPERT", "org", "150000", "POST /api/x", "t", Outcome.SUCCESS, 200, "127.0.0.1", null);
    private final Instant at = Instant.parse("2026-03-02T01:00:00.123456Z");

    @Test
    void hashCoversThePreviousHash() {
        AuditRecordEntity a = new AuditRecordEntity(2, at, draft, null, "aa");
        AuditRecordEntity b = new AuditRecordEntity(2, at, draft, null, "bb");
        assertThat(a.hash()).isNotEqualTo(b.hash()).hasSize(64);
    }

    @Test
    void hashCoversTheFieldsAndTheChanges() {
        AuditRecordEntity a = new AuditRecordEntity(2, at, draft, "[]", "aa");
        AuditRecordEntity b = new AuditRecordEntity(2, at, draft, null, "aa");
        AuditRecordEntity c = new AuditRecordEntity(3, at, draft, "[]", "aa");
        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(c.hash());
        assertThat(a.computeHash()).isEqualTo(a.hash());
    }
}
