package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.AuditQuery;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to and reads the keyed, hash-chained audit log (docs/adr/0012). Each record carries the
 * HMAC-SM3 of its fields and the previous record's hash under the current audit key; the first
 * record under a new key records the rotation.
 */
@Service
public class AuditLog {

    /** The action of the record that starts a new key. */
    public static final String KEY_ROTATED = "AUDIT_KEY_ROTATED";

    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_CHANGES_LENGTH = 20_000;
    private static final int MAX_VALUE_LENGTH = 500;

    private final AuditRecords records;
    private final AuditKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AuditLog(AuditRecords records, AuditKeys keys, JsonMapper json, Clock clock) {
        this.records = records;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends one record in its own transaction, after locking the chain head so that concurrent
     * appends, also from other instances, line up one after another. For events that are not a
     * committed change: requests that failed or were refused, logins, reads.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(Draft draft, List<FieldChange> changes) {
        appendLocked(draft, changes);
    }

    /**
     * Appends one record in the caller's transaction, so that the record commits or rolls back with
     * the change it records. Precondition: called just before the commit (the chain head stays locked
     * until the transaction ends).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendInTransaction(Draft draft, List<FieldChange> changes) {
        appendLocked(draft, changes);
    }

    /**
     * Starts the current key now rather than at the next append: writes the {@link #KEY_ROTATED}
     * record when the head was signed with another key or the chain is empty, so that a chain always
     * holds a keyed record for the start-up checkpoint to vouch for (docs/adr/0012).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void startCurrentKey() {
        AuditChainHead head = lockedHead();
        rotateIfNeeded(head, keys.currentId());
    }

    private void appendLocked(Draft draft, List<FieldChange> changes) {
        AuditChainHead head = lockedHead();
        String keyId = keys.currentId();
        rotateIfNeeded(head, keyId);
        insert(head, draft, changes, keyId);
    }

    /**
     * The chain head, locked until the transaction ends. The first call of a transaction selects it
     * for update; a later one finds it locked in the persistence context and sends nothing: no query,
     * hence no flush of the records appended so far, so that a transaction's records go out in JDBC
     * batches at its commit (issue 10: an import of 100,000 values appends 1,000 records in one
     * transaction; a query per record flushed and dirty-checked every record before it).
     */
    private AuditChainHead lockedHead() {
        AuditChainHead head = entityManager.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit head missing");
        }
        return head;
    }

    private void rotateIfNeeded(AuditChainHead head, String keyId) {
        if (!keyId.equals(head.lastKeyId())) {
            Draft rotation = new Draft(
                    AuditListeners.SYSTEM,
                    null,
                    null,
                    null,
                    KEY_ROTATED,
                    "AuditKey:" + keyId,
                    Outcome.SUCCESS,
                    0,
                    null,
                    null);
            insert(head, rotation, List.of(new FieldChange("keyId", head.lastKeyId(), keyId)), keyId);
        }
    }

    private void insert(AuditChainHead head, Draft draft, List<FieldChange> changes, String keyId) {
        long sequence = head.lastSequence() + 1;
        String changesJson = changes == null || changes.isEmpty() ? null : changesJson(changes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditRecordEntity record =
                new AuditRecordEntity(sequence, now, draft, changesJson, head.lastHash(), keys, keyId);
        // persist, not save: the id (the sequence) is set, so save would merge, a select per record
        entityManager.persist(record);
        head.advance(sequence, record.hash(), keyId);
    }

    /**
     * The changes as JSON within the column's 20,000 characters: long values are cut, and when that
     * is not enough the last changes give way to one {@code "…"} entry (the JSON stays readable).
     */
    private String changesJson(List<FieldChange> changes) {
        String full = json.writeValueAsString(changes);
        if (full.length() <= MAX_CHANGES_LENGTH) {
            return full;
        }
        List<FieldChange> cut = new ArrayList<>(changes.stream()
                .map(c -> new FieldChange(
                        AuditRecordEntity.fit(c.field(), MAX_VALUE_LENGTH),
                        AuditRecordEntity.fit(c.oldValue(), MAX_VALUE_LENGTH),
                        AuditRecordEntity.fit(c.newValue(), MAX_VALUE_LENGTH)))
                .toList());
        String fitted = json.writeValueAsString(cut);
        while (fitted.length() > MAX_CHANGES_LENGTH && cut.size() > 1) {
            cut.removeLast();
            cut.set(cut.size() - 1, new FieldChange("…", null, null));
            fitted = json.writeValueAsString(cut);
        }
        return fitted;
    }

    /** A page of the records matching {@code query}, newest first (at most 200). */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> search(AuditQuery query, int page, int size) {
        PageRequest request = Paging.of(page, size, MAX_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "sequence"));
        return PageResult.of(
                records.search(
                        like(query.username()),
                        like(query.action()),
                        like(query.q()),
                        since(query.from()),
                        until(query.to()),
                        request),
                this::toEntry);
    }

    /** The export's page after the record {@code before} (exclusive), newest first; see {@link AuditRecords#before}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> before(AuditQuery query, long before, int size) {
        return records
                .before(
                        like(query.username()),
                        like(query.action()),
                        like(query.q()),
                        since(query.from()),
                        until(query.to()),
                        before,
                        PageRequest.of(0, size))
                .stream()
                .map(this::toEntry)
                .toList();
    }

    /** How many records match {@code query} up to sequence {@code upTo}, included. */
    @Transactional(readOnly = true)
    public long countUpTo(AuditQuery query, long upTo) {
        return records.countUpTo(
                like(query.username()),
                like(query.action()),
                like(query.q()),
                since(query.from()),
                until(query.to()),
                upTo);
    }

    private static Instant since(Instant from) {
        return from == null ? Instant.EPOCH : from;
    }

    private static Instant until(Instant to) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }

    /** The lower-cased literal pattern of {@code text} ({@code %} for none; see {@link Like}). */
    private static String like(String text) {
        return Like.containing(text == null ? null : text.toLowerCase(Locale.ROOT));
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
                r.hash(),
                r.requestPath(),
                null);
    }
}
