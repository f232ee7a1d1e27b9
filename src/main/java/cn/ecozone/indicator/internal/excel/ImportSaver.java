package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.ValueInput;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistoryRows;
import cn.ecozone.indicator.internal.ValueRows;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.internal.excel.PendingValues.Pending;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange.FieldChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves the values of a validated workbook in one transaction: all or nothing. For each value it does
 * what an entry through the form does (the entry rules again, inside the transaction, in case the
 * year was submitted meanwhile; the value-type check; old → new in the value history), with the
 * reason {@value #REASON}. Values equal to what is held are left alone. A year's held values are read
 * in one query and leaves the persistence context; the values are written in chunks of {@value
 * #CHUNK} by plain JDBC batches ({@link ValueRows}, {@link ValueHistoryRows}: ids from the entities'
 * pooled sequences, versions checked and counted, ADR 0022), one batch per table and chunk, so that
 * Hibernate neither copies nor dirty-checks 100,000 entities and memory stays flat. The progress bar
 * moves at most four times a second ({@link ProgressPace}).
 */
@Component
class ImportSaver {

    static final String REASON = "Excel导入";

    /** Values per chunk: one JDBC batch per table. */
    static final int CHUNK = 500;

    /** Field changes per audit event, well within an audit record's 20,000 characters. */
    static final int CHANGES_PER_EVENT = 100;

    private static final int MAX_AUDIT_TEXT = 12_000;

    @PersistenceContext
    private EntityManager entityManager;

    private final Values values;
    private final ValueRows valueRows;
    private final ValueHistoryRows historyRows;
    private final JobProgress progress;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ImportSaver(
            Values values,
            ValueRows valueRows,
            ValueHistoryRows historyRows,
            JobProgress progress,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.values = values;
        this.valueRows = valueRows;
        this.historyRows = historyRows;
        this.progress = progress;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What a save did. */
    record Saved(int saved, int unchanged) {}

    /**
     * Saves every pending value and marks the job succeeded, in one transaction.
     *
     * @throws cn.ecozone.shared.ApiException when an entry rule fails now (nothing is saved)
     */
    @Transactional
    public Saved save(
            String jobId,
            EditionModel model,
            Region region,
            Actor actor,
            PendingValues pending,
            EntryRules rules,
            int processed,
            int unchangedBefore) {
        String edition = model.edition().code();
        Instant now = clock.instant();
        int saved = 0;
        int written = 0;
        int unchanged = unchangedBefore;
        ProgressPace pace = new ProgressPace(clock);
        for (Map.Entry<Integer, Map<String, Pending>> byYear : pending.byYear().entrySet()) {
            int year = byYear.getKey();
            recheck(rules, edition, region, year, model, actor);
            // the year's held values in one query (an IN list of codes per chunk is tested row by row on H2);
            // no longer managed: their changes go out by JDBC, each only from the version read here
            Map<String, ValueEntity> held = values.forRegion(edition, region.code(), year, year).stream()
                    .collect(Collectors.toMap(ValueEntity::indicatorCode, Function.identity()));
            held.values().forEach(entityManager::detach);
            List<FieldChange> changes = new ArrayList<>();
            List<Map.Entry<String, Pending>> entries =
                    new ArrayList<>(byYear.getValue().entrySet());
            for (int from = 0; from < entries.size(); from += CHUNK) {
                List<Map.Entry<String, Pending>> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
                ImportChunk rows = new ImportChunk(chunk.size());
                for (Map.Entry<String, Pending> entry : chunk) {
                    String code = entry.getKey();
                    FieldChange change = saveOne(
                            model, region, year, code, entry.getValue(), held.remove(code), rules, actor, now, rows);
                    if (change == null) {
                        unchanged++;
                    } else {
                        changes.add(change);
                        saved++;
                    }
                }
                // one JDBC batch per table and chunk, values before the history rows that refer to them
                valueRows.insert(rows.inserted);
                valueRows.update(rows.updated);
                historyRows.insert(rows.history(now, actor.username(), actor.organizationName(), REASON));
                written += chunk.size();
                if (pace.due()) {
                    progress.progress(jobId, processed, written);
                }
            }
            // what the year's checks loaded (submission, procedure run) leaves the persistence context,
            // so that the next year's queries do not flush and dirty-check it again
            entityManager.flush();
            entityManager.clear();
            publish(jobId, edition, region.code(), year, actor, changes);
        }
        progress.succeeded(jobId, processed, written, saved, unchanged);
        return new Saved(saved, unchanged);
    }

    /** The entry rules once more, inside the transaction: the year may have been submitted meanwhile. */
    private static void recheck(
            EntryRules rules, String edition, Region region, int year, EditionModel model, Actor actor) {
        try {
            rules.checkEntryLocked(
                    edition, region.code(), year, model.rows().getFirst().code(), actor);
        } catch (cn.ecozone.shared.ApiException e) {
            throw new Refused(
                    "error.indicator.value.locked".equals(e.messageKey())
                            ? RowError.of(
                                    null,
                                    null,
                                    null,
                                    "CONFIRMED".equals(String.valueOf(e.args()[0]))
                                            ? "excel.error.locked.confirmed"
                                            : "excel.error.locked.submitted",
                                    year)
                            : new RowError(
                                    null,
                                    null,
                                    null,
                                    e.messageKey(),
                                    java.util.Arrays.stream(e.args())
                                            .map(String::valueOf)
                                            .toList()));
        }
    }

    /** An entry rule refused the save; the transaction rolls back and the job fails with this error. */
    static final class Refused extends RuntimeException {
        private final transient RowError error;

        Refused(RowError error) {
            super(error.messageKey());
            this.error = error;
        }

        RowError error() {
            return error;
        }
    }

    /** Saves one value; null when it equals what is held. */
    private FieldChange saveOne(
            EditionModel model,
            Region region,
            int year,
            String code,
            Pending p,
            ValueEntity held,
            EntryRules rules,
            Actor actor,
            Instant now,
            ImportChunk rows) {
        Map<String, Double> heldParts = parts(held);
        Double number = p.ownRow ? p.number : held == null ? null : held.numberValue();
        Boolean flag = p.ownRow ? p.flag : held == null ? null : held.flagValue();
        String grade = p.ownRow ? p.grade : held == null ? null : held.gradeValue();
        Map<String, Double> parts = heldParts;
        if (p.parts != null) {
            parts = new TreeMap<>(heldParts == null ? Map.of() : heldParts);
            parts.putAll(p.parts);
        }
        if (held != null
                && StoredValue.sameNumber(held.numberValue(), number)
                && Objects.equals(held.flagValue(), flag)
                && Objects.equals(held.gradeValue(), grade)
                && Objects.equals(heldParts, parts)
                && Objects.equals(StoredValue.blankToNull(held.source()), p.source)
                && Objects.equals(StoredValue.blankToNull(held.note()), p.note)) {
            return null;
        }
        String partsJson = parts == null ? null : json.writeValueAsString(parts);
        rules.checkValue(
                model.byCode().get(code),
                new ValueInput(
                        model.edition().code(),
                        region.code(),
                        year,
                        code,
                        number,
                        flag,
                        partsJson,
                        grade,
                        p.source,
                        p.note,
                        REASON,
                        held == null ? null : held.version()));
        String old = held == null ? null : held.display();
        ValueEntity value = held;
        if (value == null) {
            value = new ValueEntity(model.edition().code(), code, region.code(), region.path(), year);
            rows.inserted.add(value);
        } else {
            rows.updated.add(value);
        }
        enter(value, number, flag, grade, partsJson, p, actor, now);
        String shown = value.display();
        rows.changed(value, old, shown);
        return new FieldChange(code, old, shown);
    }

    private static void enter(
            ValueEntity value,
            Double number,
            Boolean flag,
            String grade,
            String partsJson,
            PendingValues.Pending p,
            Actor by,
            java.time.Instant now) {
        if (grade != null) {
            value.enterGrade(grade, p.source, p.note, by.username(), by.organizationName(), now);
        } else {
            value.enter(number, flag, partsJson, p.source, p.note, by.username(), by.organizationName(), now);
        }
    }

    private Map<String, Double> parts(ValueEntity value) {
        return value == null || value.parts() == null
                ? null
                : json.readValue(value.parts(), new TypeReference<Map<String, Double>>() {});
    }

    /** Publishes the changes in events small enough for one audit record each. */
    private void publish(String jobId, String edition, String region, int year, Actor by, List<FieldChange> changes) {
        List<FieldChange> batch = new ArrayList<>();
        int size = 0;
        for (FieldChange change : changes) {
            int length = 40
                    + change.field().length()
                    + (change.oldValue() == null ? 0 : change.oldValue().length())
                    + (change.newValue() == null ? 0 : change.newValue().length());
            if (!batch.isEmpty() && (batch.size() == CHANGES_PER_EVENT || size + length > MAX_AUDIT_TEXT)) {
                events.publishEvent(new ValuesImported(jobId, edition, region, year, by, batch));
                batch = new ArrayList<>();
                size = 0;
            }
            batch.add(change);
            size += length;
        }
        if (!batch.isEmpty()) {
            events.publishEvent(new ValuesImported(jobId, edition, region, year, by, batch));
        }
    }
}
