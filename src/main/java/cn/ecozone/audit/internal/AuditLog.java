package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.ChainVerification;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends to, reads and verifies the hash-chained audit log. */
@Service
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;
    private static final int MAX_PAGE_SIZE = 200;

    private final AuditRecords records;
    private final AuditChainHeads heads;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRecords records, AuditChainHeads heads, JsonMapper json, Clock clock) {
        this.records = records;
        this.heads = heads;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends one record in its own transaction, after locking the chain head so that concurrent
     * appends, also from other instances, line up one after another.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(Draft draft, List<FieldChange> changes) {
        AuditChainHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit head missing"));
        long sequence = head.lastSequence() + 1;
        String changesJson = changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecordEntity record = new AuditRecordEntity(sequence, now, draft, changesJson, head.lastHash());
        records.save(record);
        head.advance(sequence, record.hash());
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(String username, String action, Instant from, Instant to, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        PageRequest request = PageRequest.of(
                Math.clamp(page, 0, Integer.MAX_VALUE / pageSize - 1),
                pageSize,
                Sort.by(Sort.Direction.DESC, "sequence"));
        return PageResult.of(
                records.search(
                        like(username),
                        like(action),
                        from == null ? Instant.EPOCH : from,
                        to == null ? Instant.parse("9999-12-31T00:00:00Z") : to,
                        request),
                this::toEntry);
    }

    /** Walks the chain in sequence order in batches, re-computing each hash and link. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long checked = 0;
        long expectedSequence = 1;
        String previousHash = null;
        List<AuditRecordEntity> batch =
                records.findBySequenceGreaterThanOrderBySequence(0, PageRequest.of(0, VERIFY_BATCH));
        while (!batch.isEmpty()) {
            for (AuditRecordEntity record : batch) {
                boolean linked = record.sequence() == expectedSequence
                        && Objects.equals(record.previousHash(), previousHash)
                        && record.computeHash().equals(record.hash());
                if (!linked) {
                    return new ChainVerification(false, checked, record.sequence());
                }
                checked++;
                expectedSequence++;
                previousHash = record.hash();
            }
            batch = records.findBySequenceGreaterThanOrderBySequence(
                    batch.getLast().sequence(), PageRequest.of(0, VERIFY_BATCH));
        }
        AuditChainHead head = heads.findById(1).orElseThrow();
        if (head.lastSequence() != checked || !Objects.equals(head.lastHash(), previousHash)) {
            // records at the end of the chain were removed
            return new ChainVerification(false, checked, checked + 1);
        }
        return new ChainVerification(true, checked, null);
    }

    private static String like(String text) {
        return Like.containing(text == null ? null : text.toLowerCase());
    }

    private AuditEntry toEntry(AuditRecordEntity r) {
        List<FieldChange> changes = r.changes() == null
                ? List.of()
                : json.readValue(r.changes(), new TypeReference<List<FieldChange>>() {});
        return new AuditEntry(
                r.sequence(),
                r.occurredAt(),
                r.username(),
                r.role(),
                r.organization(),
                r.regionCode(),
                r.action(),
                r.target(),
                r.outcome(),
                r.status(),
                r.clientAddress(),
                r.reason(),
                changes,
                r.hash());
    }
}
