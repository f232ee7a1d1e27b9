package cn.ecozone.audit.internal;

import cn.ecozone.audit.ChainVerification;
import cn.ecozone.audit.ChainVerification.Problem;
import cn.ecozone.audit.ChainVerification.TrustedCheckpoint;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the keyed audit chain against the key ring and the signed checkpoints outside the
 * database, and writes new checkpoints (docs/adr/0012). Someone with database access but without
 * the key cannot re-compute a record's HMAC; someone who also holds the key, or who removes the
 * newest records, is caught by the checkpoints: every checkpointed record must still carry the
 * checkpointed hash, and the chain must reach the latest checkpoint.
 */
@Service
public class AuditChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);
    private static final int BATCH = 1000;

    private final AuditRecords records;
    private final AuditChainHeads heads;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;
    private final EntityManager entities;

    AuditChainVerifier(
            AuditRecords records,
            AuditChainHeads heads,
            AuditKeys keys,
            AuditCheckpoints checkpoints,
            EntityManager entities) {
        this.records = records;
        this.heads = heads;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.entities = entities;
    }

    /** Walks the whole chain up to the head in sequence order and compares it with every checkpoint. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditChainHead head = heads.findById(1).orElseThrow();
        AuditCheckpoints.Loaded loaded = checkpoints.load();
        Map<Long, String> vouched = new HashMap<>();
        loaded.trusted().forEach(c -> vouched.put(c.sequence(), c.hash()));
        Walk walk = walk(0, null, false, head.lastSequence(), vouched);
        TrustedCheckpoint latest = loaded.latest();
        ChainVerification.Problem problem = walk.problem();
        Long broken = walk.broken();
        if (problem == null && latest != null && latest.sequence() > walk.lastSequence()) {
            problem = Problem.MISSING_RECORDS;
            broken = walk.lastSequence() + 1;
        }
        if (problem == null
                && (head.lastSequence() != walk.lastSequence() || !Objects.equals(head.lastHash(), walk.lastHash()))) {
            problem = Problem.MISSING_RECORDS;
            broken = walk.lastSequence() + 1;
        }
        return new ChainVerification(problem == null, walk.checked(), broken, problem, latest, loaded.untrusted());
    }

    /**
     * Writes a checkpoint of the current head after verifying the records added since the latest
     * checkpoint, so that a tampered chain is never vouched for.
     *
     * @return the new checkpoint; empty when the chain is empty, unchanged, or does not verify
     */
    @Transactional(readOnly = true)
    public Optional<TrustedCheckpoint> checkpoint() {
        AuditChainHead head = heads.findById(1).orElseThrow();
        if (head.lastSequence() == 0) {
            return Optional.empty();
        }
        TrustedCheckpoint latest = checkpoints.load().latest();
        if (latest != null
                && latest.sequence() == head.lastSequence()
                && latest.hash().equals(head.lastHash())) {
            return Optional.empty();
        }
        long from = latest == null ? 0 : latest.sequence();
        boolean keyed = latest != null
                && records.findById(latest.sequence())
                        .map(r -> r.keyId() != null)
                        .orElse(false);
        Walk walk = walk(from, latest == null ? null : latest.hash(), keyed, head.lastSequence(), Map.of());
        if (latest != null && latest.sequence() > head.lastSequence()) {
            log.error("audit chain head {} is behind checkpoint {}: no checkpoint written", head.lastSequence(), from);
            return Optional.empty();
        }
        if (walk.problem() != null
                || walk.lastSequence() != head.lastSequence()
                || !Objects.equals(walk.lastHash(), head.lastHash())) {
            log.error("audit chain does not verify after sequence {}: no checkpoint written", from);
            return Optional.empty();
        }
        return Optional.of(checkpoints.write(head.lastSequence(), head.lastHash()));
    }

    private record Walk(long checked, long lastSequence, String lastHash, Long broken, Problem problem) {}

    private Walk walk(long after, String previousHash, boolean keyedSeen, long upTo, Map<Long, String> vouched) {
        long checked = 0;
        long expected = after + 1;
        String previous = previousHash;
        boolean keyed = keyedSeen;
        List<AuditRecordEntity> batch = records.chain(after, upTo, PageRequest.of(0, BATCH));
        while (!batch.isEmpty()) {
            for (AuditRecordEntity record : batch) {
                if (record.sequence() != expected) {
                    return new Walk(checked, expected - 1, previous, expected, Problem.ALTERED);
                }
                if (!verifies(record, previous, keyed)) {
                    return new Walk(checked, expected - 1, previous, record.sequence(), Problem.ALTERED);
                }
                String checkpointed = vouched.get(record.sequence());
                if (checkpointed != null && !checkpointed.equals(record.hash())) {
                    return new Walk(checked, expected - 1, previous, record.sequence(), Problem.CHECKPOINT_MISMATCH);
                }
                keyed |= record.keyId() != null;
                checked++;
                expected++;
                previous = record.hash();
            }
            long last = batch.getLast().sequence();
            entities.clear();
            batch = records.chain(last, upTo, PageRequest.of(0, BATCH));
        }
        return new Walk(checked, expected - 1, previous, null, null);
    }

    /** The link, the key (an unkeyed record never follows a keyed one) and the record's own hash. */
    private boolean verifies(AuditRecordEntity record, String previousHash, boolean keyedSeen) {
        if (!Objects.equals(record.previousHash(), previousHash)) {
            return false;
        }
        if (record.keyId() == null ? keyedSeen : !keys.knows(record.keyId())) {
            return false;
        }
        return record.computeHash(keys).equals(record.hash());
    }
}
