package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.StringJoiner;

/** An audit row. It is only ever inserted: there is no setter and no update or delete path. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    private long sequence;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String username;
    private String role;
    private String organization;

    @Column(name = "region_code")
    private String regionCode;

    private String action;
    private String target;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private int status;

    @Column(name = "client_address")
    private String clientAddress;

    private String reason;
    private String changes;

    /** The request's concrete path; {@code null} before V105 and outside requests. */
    @Column(name = "request_path")
    private String requestPath;

    @Column(name = "previous_hash")
    private String previousHash;

    private String hash;

    /** The key that signed the record; {@code null} for records from before the chain was keyed. */
    @Column(name = "key_id")
    private String keyId;

    protected AuditRecordEntity() {}

    /** A record signed with the key {@code keyId} of {@code keys}. */
    AuditRecordEntity(
            long sequence,
            Instant occurredAt,
            Draft d,
            String changesJson,
            String previousHash,
            AuditKeys keys,
            String keyId) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.username = fit(d.username(), 64);
        this.role = fit(d.role(), 32);
        this.organization = fit(d.organization(), 100);
        this.regionCode = fit(d.regionCode(), 12);
        this.action = fit(d.action(), 200);
        this.target = fit(d.target(), 300);
        this.outcome = d.outcome();
        this.status = d.status();
        this.clientAddress = fit(d.clientAddress(), 64);
        this.reason = fit(d.reason(), 1000);
        this.changes = changesJson;
        this.requestPath = fit(d.requestPath(), 300);
        this.previousHash = previousHash;
        this.keyId = keyId;
        this.hash = computeHash(keys);
    }

    /**
     * {@code text} cut to the column's {@code length} (V4__audit.sql), ending in "…" when cut, so that
     * a long request path or name never makes the record fail to be written.
     */
    static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = length - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * The HMAC-SM3 of this record's fields, the previous hash and the key id under the record's key,
     * as stored or as it should be; the plain SM3 of the fields for a record from before keying.
     *
     * @throws IllegalArgumentException when the record's key is not in {@code keys}
     */
    String computeHash(AuditKeys keys) {
        String canonical = canonical();
        return keyId == null ? Sm3.hex(canonical) : keys.hmac(keyId, canonical + "\u001f" + keyId);
    }

    private String canonical() {
        StringJoiner canonical = new StringJoiner("\u001f");
        canonical.add(String.valueOf(sequence));
        canonical.add(occurredAt.toString());
        for (String field : new String[] {
            username,
            role,
            organization,
            regionCode,
            action,
            target,
            outcome.name(),
            String.valueOf(status),
            clientAddress,
            reason,
            changes,
            previousHash
        }) {
            canonical.add(field == null ? "\u2400" : field);
        }
        // added by V105: covered when present, so that the records before it keep their hashes
        if (requestPath != null) {
            canonical.add("path=" + requestPath);
        }
        return canonical.toString();
    }

    /** Fields of a record before it is placed in the chain. */
    public record Draft(
            String username,
            String role,
            String organization,
            String regionCode,
            String action,
            String target,
            Outcome outcome,
            int status,
            String clientAddress,
            String reason,
            String requestPath) {

        /** A record written outside a request, or one whose path is not kept. */
        public Draft(
                String username,
                String role,
                String organization,
                String regionCode,
                String action,
                String target,
                Outcome outcome,
                int status,
                String clientAddress,
                String reason) {
            this(
                    username,
                    role,
                    organization,
                    regionCode,
                    action,
                    target,
                    outcome,
                    status,
                    clientAddress,
                    reason,
                    null);
        }
    }

    long sequence() {
        return sequence;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String username() {
        return username;
    }

    String role() {
        return role;
    }

    String organization() {
        return organization;
    }

    String regionCode() {
        return regionCode;
    }

    String action() {
        return action;
    }

    String target() {
        return target;
    }

    Outcome outcome() {
        return outcome;
    }

    int status() {
        return status;
    }

    String clientAddress() {
        return clientAddress;
    }

    String reason() {
        return reason;
    }

    String changes() {
        return changes;
    }

    String requestPath() {
        return requestPath;
    }

    String previousHash() {
        return previousHash;
    }

    String hash() {
        return hash;
    }

    String keyId() {
        return keyId;
    }
}
