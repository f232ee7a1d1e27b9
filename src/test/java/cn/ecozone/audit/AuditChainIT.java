package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditCheckpointJob;
import cn.ecozone.audit.internal.AuditKeys;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.audit.internal.ChainTamperer;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The keyed chain against someone with database access: edits, re-computation (with or without the
 * key) and removal of the newest records are found, by the keyed hashes and by the signed checkpoints
 * outside the database; key rotation is recorded; PostgreSQL refuses updates and deletes.
 */
@ApiTest
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditCheckpointJob checkpoints;

    @Value("${ecozone.audit.key-file}")
    Path keyFile;

    private Browser auditor() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.AUDIT_ADMIN, "150000"), Fixtures.PASSWORD);
        return browser;
    }

    private void appendRecords(String marker, int n) {
        for (int i = 0; i < n; i++) {
            auditLog.append(
                    new Draft(marker, null, null, null, "TEST", "t" + i, Outcome.SUCCESS, 200, null, null), List.of());
        }
    }

    private long lastSequence() {
        return jdbc.queryForObject("select max(sequence) from audit_record", Long.class);
    }

    private JsonNode verify(Browser auditor) {
        return auditor.get("/api/audit/verify").json();
    }

    @Test
    void verificationSaysWhichSignedCheckpointItTrusted() {
        Browser auditor = auditor();
        appendRecords("checkpointed", 2);
        long head = lastSequence();
        assertThat(checkpoints.run()).isPresent();

        JsonNode verified = verify(auditor);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("checkpoint").get("sequence").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(verified.get("checkpoint").get("keyId").asString()).isEqualTo(keys.currentId());
        assertThat(verified.get("message").asString()).contains("签名检查点");
        assertThat(verified.get("untrustedCheckpoints").asInt()).isZero();
    }

    @Test
    void anEditedRecordRecomputedWithoutTheKeyIsFoundAtTheEditedRecord() {
        Browser auditor = auditor();
        appendRecords("unkeyed-attack", 4);
        long edited = lastSequence() - 2;
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(edited);
        try {
            tamperer.sql("update audit_record set action = 'TAMPERED' where sequence = ?", edited);
            tamperer.recompute(edited, null);

            JsonNode broken = verify(auditor);
            assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(edited);
            assertThat(broken.get("problem").asString()).isEqualTo("ALTERED");
        } finally {
            tamperer.restore();
        }
        assertThat(verify(auditor).get("intact").asBoolean()).isTrue();
    }

    @Test
    void aChainRecomputedWithTheKeyIsFoundAgainstTheCheckpoint() {
        Browser auditor = auditor();
        appendRecords("keyed-attack", 4);
        long edited = lastSequence() - 2;
        long checkpointed = checkpoints.run().orElseThrow().sequence();
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(edited);
        try {
            tamperer.sql("update audit_record set action = 'TAMPERED' where sequence = ?", edited);
            tamperer.recompute(edited, keys);

            JsonNode broken = verify(auditor);
            assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("problem").asString()).isEqualTo("CHECKPOINT_MISMATCH");
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(checkpointed);
            assertThat(broken.get("checkpoint").get("sequence").asLong()).isEqualTo(checkpointed);
            assertThat(broken.get("message").asString()).contains(String.valueOf(checkpointed));
        } finally {
            tamperer.restore();
        }
        assertThat(verify(auditor).get("intact").asBoolean()).isTrue();
    }

    @Test
    void aWholeChainRewrittenAsUnkeyedRecordsOfOldIsFoundAgainstTheStartUpCheckpoint() {
        Browser auditor = auditor();
        appendRecords("downgrade-all", 2);
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(1);
        try {
            tamperer.recompute(1, null);

            JsonNode broken = verify(auditor);
            assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("problem").asString()).isEqualTo("CHECKPOINT_MISMATCH");
            assertThat(broken.get("checkpoint").isNull()).isFalse();
        } finally {
            tamperer.restore();
        }
        assertThat(verify(auditor).get("intact").asBoolean()).isTrue();
    }

    @Test
    void anUnkeyedRecordAfterAKeyedOneBreaksTheChainThoughItsOwnHashIsRight() {
        Browser auditor = auditor();
        appendRecords("downgrade-tail", 3);
        long last = lastSequence();
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(last);
        try {
            tamperer.recompute(last, null);
            assertThat(jdbc.queryForObject("select key_id from audit_record where sequence = ?", String.class, last))
                    .isNull();

            JsonNode broken = verify(auditor);
            assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("problem").asString()).isEqualTo("ALTERED");
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(last);
        } finally {
            tamperer.restore();
        }
        assertThat(verify(auditor).get("intact").asBoolean()).isTrue();
    }

    @Test
    void removingTheNewestRecordsIsFoundAgainstTheCheckpoint() {
        Browser auditor = auditor();
        appendRecords("tail", 5);
        long last = checkpoints.run().orElseThrow().sequence();
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(last - 2);
        try {
            tamperer.deleteNewest(3);

            JsonNode broken = verify(auditor);
            assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
            assertThat(broken.get("problem").asString()).isEqualTo("MISSING_RECORDS");
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(last - 2);
        } finally {
            tamperer.restore();
        }
        assertThat(verify(auditor).get("intact").asBoolean()).isTrue();
    }

    @Test
    void aNewKeyIsRecordedInTheChainAndOlderRecordsStillVerify() throws Exception {
        String oldKey = keys.currentId();
        String newKey = "rotated" + System.nanoTime() % 1_000_000_000L;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.writeString(
                keyFile,
                newKey + "=" + Base64.getEncoder().encodeToString(secret) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        keys.reload();
        appendRecords("after-rotation", 1);

        Browser auditor = auditor();
        JsonNode rotation = auditor.get("/api/audit/records?size=5&action=AUDIT_KEY_ROTATED")
                .json()
                .get("content")
                .get(0);
        assertThat(rotation.get("target").asString()).isEqualTo("AuditKey:" + newKey);
        assertThat(rotation.get("changes").get(0).get("oldValue").asString()).isEqualTo(oldKey);
        assertThat(rotation.get("changes").get(0).get("newValue").asString()).isEqualTo(newKey);
        assertThat(jdbc.queryForObject(
                        "select key_id from audit_record where sequence = ?", String.class, lastSequence()))
                .isEqualTo(newKey);
        JsonNode verified = verify(auditor);
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
    }

    @Test
    void onPostgresqlTheApplicationRoleCannotUpdateOrDeleteAuditRecords() {
        assumeTrue(new ChainTamperer(dataSource).postgres(), "the append-only trigger exists on PostgreSQL only");
        appendRecords("append-only", 1);
        long last = lastSequence();
        assertThatThrownBy(() -> jdbc.update("update audit_record set action = 'X' where sequence = ?", last))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where sequence = ?", last))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_record")).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select action from audit_record where sequence = ?", String.class, last))
                .isEqualTo("TEST");
    }
}
