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
    private final AuditKeys keys = new AuditKeys(java.util.Map.of("k1", new byte[16]));
    private final AuditKeys otherKeys =
            new AuditKeys(java.util.Map.of("k1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));

    @Test
    void hashCoversThePreviousHash() {
        AuditRecordEntity a = new AuditRecordEntity(2, at, draft, null, "aa", keys, "k1");
        AuditRecordEntity b = new AuditRecordEntity(2, at, draft, null, "bb", keys, "k1");
        assertThat(a.hash()).isNotEqualTo(b.hash()).hasSize(64);
    }

    @Test
    void hashCoversTheFieldsAndTheChanges() {
        AuditRecordEntity a = new AuditRecordEntity(2, at, draft, "[]", "aa", keys, "k1");
        AuditRecordEntity b = new AuditRecordEntity(2, at, draft, null, "aa", keys, "k1");
        AuditRecordEntity c = new AuditRecordEntity(3, at, draft, "[]", "aa", keys, "k1");
        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(c.hash());
        assertThat(a.computeHash(keys)).isEqualTo(a.hash());
    }

    @Test
    void hashDependsOnTheKeySoItCannotBeRecomputedWithoutIt() {
        AuditRecordEntity a = new AuditRecordEntity(2, at, draft, "[]", "aa", keys, "k1");
        assertThat(a.computeHash(otherKeys)).isNotEqualTo(a.hash()).hasSize(64);
    }

    @Test
    void hashCoversTheRequestPathWhenPresentAndLeavesTheRecordsWithoutOneAsTheyWere() {
        Draft withPath = new Draft(
                "u", "EXPERT", "org", "150000", "POST /api/x", "t", Outcome.SUCCESS, 200, "127.0.0.1", null, "/api/x");
        Draft otherPath = new Draft(
                "u", "EXPERT", "org", "150000", "POST /api/x", "t", Outcome.SUCCESS, 200, "127.0.0.1", null, "/api/y");
        AuditRecordEntity none = new AuditRecordEntity(2, at, draft, "[]", "aa", keys, "k1");
        AuditRecordEntity a = new AuditRecordEntity(2, at, withPath, "[]", "aa", keys, "k1");
        AuditRecordEntity b = new AuditRecordEntity(2, at, otherPath, "[]", "aa", keys, "k1");
        assertThat(a.hash()).isNotEqualTo(none.hash()).isNotEqualTo(b.hash());
        assertThat(a.computeHash(keys)).isEqualTo(a.hash());
        // a record of before V105 (no path) hashes as it did: its canonical text has no path field
        assertThat(none.hash())
                .isEqualTo(keys.hmac(
                        "k1",
                        String.join(
                                        "\u001f",
                                        "2",
                                        at.toString(),
                                        "u",
                                        "EXPERT",
                                        "org",
                                        "150000",
                                        "POST /api/x",
                                        "t",
                                        "SUCCESS",
                                        "200",
                                        "127.0.0.1",
                                        "\u2400",
                                        "[]",
                                        "aa")
                                + "\u001f"
                                + "k1"));
    }
}
