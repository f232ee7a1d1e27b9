package cn.ecozone.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row holding the last sequence and hash. Appending locks it, so that records from
 * several threads or instances form one unbroken chain.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    @Id
    private int id;

    @Column(name = "last_sequence")
    private long lastSequence;

    @Column(name = "last_hash")
    private String lastHash;

    @Column(name = "last_key_id")
    private String lastKeyId;

    protected AuditChainHead() {}

    /** The key of the last record; {@code null} before the first keyed record. */
    String lastKeyId() {
        return lastKeyId;
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long sequence, String hash, String keyId) {
        this.lastSequence = sequence;
        this.lastHash = hash;
        this.lastKeyId = keyId;
    }
}
