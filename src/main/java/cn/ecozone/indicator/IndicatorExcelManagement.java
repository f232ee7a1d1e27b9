package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.excel.EntryRules;
import cn.ecozone.indicator.internal.excel.ImportErrorEntity;
import cn.ecozone.indicator.internal.excel.ImportErrors;
import cn.ecozone.indicator.internal.excel.ImportJobEntity;
import cn.ecozone.indicator.internal.excel.ImportJobs;
import cn.ecozone.indicator.internal.excel.ImportRecovery;
import cn.ecozone.indicator.internal.excel.ImportRunner;
import cn.ecozone.indicator.internal.excel.UploadedWorkbooks;
import cn.ecozone.indicator.internal.excel.ValueWorkbooks;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.WorkFolders;
import cn.ecozone.shared.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Excel round trip of indicator values: a template for an edition, regions and years (prefilled
 * with the values held); an import that streams the workbook, validates every row, reports every
 * error with sheet, row, column and reason, and saves all or nothing, as a job whose state any
 * instance can read; and an export of values with their evaluation. The import applies the same
 * rules as a single entry through {@link IndicatorValueManagement}, and writes the same history.
 */
@Service
public class IndicatorExcelManagement {

    /** A running job whose heartbeat is older than this has died with its instance. */
    static final Duration STALE = ImportRecovery.STALE;

    private final EditionCatalog catalog;
    private final ValueWorkbooks workbooks;
    private final RegionManagement regions;
    private final IndicatorValueManagement entries;
    private final UploadedWorkbooks uploads;
    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final Problems problems;
    private final JsonMapper json;
    private final WorkFolders work;
    private final Clock clock;

    IndicatorExcelManagement(
            EditionCatalog catalog,
            ValueWorkbooks workbooks,
            RegionManagement regions,
            IndicatorValueManagement entries,
            UploadedWorkbooks uploads,
            ImportRunner runner,
            ImportJobs jobs,
            ImportErrors errors,
            Problems problems,
            JsonMapper json,
            WorkFolders work,
            Clock clock) {
        this.work = work;
        this.catalog = catalog;
        this.workbooks = workbooks;
        this.regions = regions;
        this.entries = entries;
        this.uploads = uploads;
        this.runner = runner;
        this.jobs = jobs;
        this.errors = errors;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    /** A workbook to send: a file name and a writer of its bytes. */
    public record Workbook(String fileName, Writer writer) {}

    /** Writes a workbook's bytes. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The value template for the edition, regions and years. Preconditions: every region lies in the
     * actor's scope and every year in the edition's range; checked before anything is written.
     */
    public Workbook template(String editionCode, List<String> regionCodes, List<Integer> years, Actor actor) {
        return workbooks.template(editionCode, regionCodes, years, actor);
    }

    /** Where a new import stands. */
    public record Started(String jobId) {}

    /**
     * Stores and checks an uploaded workbook and queues its import. Preconditions: the actor may
     * enter values (the subject at its region); the file is an .xlsx within the size limit.
     *
     * @throws ApiException 413 too large, 415 not an .xlsx, 422 inflates too far, 429 the user's share
     *     of the import queue is used, 503 the queue is full
     */
    public Started startImport(String editionCode, String fileName, InputStream content, Actor actor) {
        EditionModel model = catalog.require(editionCode);
        if (model.rows().isEmpty()) {
            throw ApiException.unprocessable("empty-edition", "edition", "error.indicator.excel.edition.empty");
        }
        Region own = regions.require(actor.regionCode());
        runner.checkRoom(actor.userId());
        UploadedWorkbooks.Stored file = uploads.store(content);
        String id = UUID.randomUUID().toString();
        try {
            jobs.saveAndFlush(new ImportJobEntity(
                    id,
                    model.edition().code(),
                    actor.userId(),
                    actor.username(),
                    actor.regionCode(),
                    fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())),
                    file.size(),
                    file.sha256(),
                    work.instanceId(),
                    clock.instant()));
            runner.submit(new ImportRunner.Work(id, file, model, own, actor, rules()));
        } catch (RuntimeException e) {
            file.delete();
            jobs.findById(id).ifPresent(jobs::delete);
            throw e;
        }
        return new Started(id);
    }

    /** The same rules as a single entry: {@link IndicatorValueManagement#checkEntry} and {@link ValueChecks}. */
    private EntryRules rules() {
        return new EntryRules() {
            @Override
            public void checkEntry(String edition, String regionCode, int year, String indicator, Actor actor) {
                entries.checkEntry(edition, regionCode, year, indicator, actor);
            }

            @Override
            public void checkEntryLocked(String edition, String regionCode, int year, String indicator, Actor actor) {
                entries.checkEntryLocked(edition, regionCode, year, indicator, actor);
            }

            @Override
            public void checkValue(EditionModel.Row row, ValueInput input) {
                ValueChecks.check(row, input);
            }
        };
    }

    /** An import job as its owner sees it; reasons in the given language. */
    public record ImportStatus(
            String jobId,
            String edition,
            @Nullable String fileName,
            String state,
            String phase,
            @Nullable Integer totalRows,
            int processedRows,
            int writtenRows,
            int saved,
            int unchanged,
            int errorCount,
            boolean errorsTruncated,
            List<ImportError> errors,
            @Nullable String message,
            @Nullable Instant createdAt,
            @Nullable Instant finishedAt) {}

    /**
     * One error of an import.
     *
     * @param column the column letter as in the uploaded sheet, null for the whole row
     * @param columnName the column's header, e.g. 数值
     */
    public record ImportError(
            @Nullable String sheet,
            @Nullable Integer row,
            @Nullable String column,
            @Nullable String columnName,
            String reason) {}

    /**
     * The state of an import job. Precondition: the actor started it (anyone else gets 404). A job
     * left running by an instance that stopped is reported as failed.
     */
    public ImportStatus status(String jobId, Actor actor, Locale locale) {
        ImportJobEntity job = jobs.findById(jobId)
                .filter(j -> j.createdBy() == actor.userId())
                .orElseThrow(() -> ApiException.notFound("error.indicator.excel.job.not-found", jobId));
        boolean stale = job.state() == ImportJobEntity.State.RUNNING
                && job.updatedAt().isBefore(clock.instant().minus(STALE));
        List<ImportError> found = job.errorCount() == 0
                ? List.of()
                : errors.findByJobIdOrderByPosition(jobId).stream()
                        .map(e -> toError(e, locale))
                        .toList();
        String messageKey = stale ? "excel.import.interrupted" : job.messageKey();
        return new ImportStatus(
                job.id(),
                job.editionCode(),
                job.fileName(),
                stale ? ImportJobEntity.State.FAILED.name() : job.state().name(),
                stale ? ImportJobEntity.Phase.DONE.name() : job.phase().name(),
                job.totalRows(),
                job.processedRows(),
                job.writtenRows(),
                job.saved(),
                job.unchanged(),
                job.errorCount(),
                job.errorCount() > found.size(),
                found,
                messageKey == null ? null : problems.message(messageKey, new Object[] {jobId}, locale),
                job.createdAt(),
                job.finishedAt());
    }

    private ImportError toError(ImportErrorEntity e, Locale locale) {
        List<String> args =
                e.args() == null ? List.of() : json.readValue(e.args(), new TypeReference<List<String>>() {});
        return new ImportError(
                e.sheet(),
                e.row(),
                e.columnLetter(),
                e.columnName(),
                problems.message(e.messageKey(), args.toArray(), locale));
    }

    /**
     * Values and evaluations of the regions and years as a workbook. Preconditions: every region in
     * the actor's scope, every year in the edition's range.
     */
    public Workbook export(
            String editionCode, List<String> regionCodes, List<Integer> years, Actor actor, Locale locale) {
        return workbooks.export(editionCode, regionCodes, years, actor, locale);
    }
}
