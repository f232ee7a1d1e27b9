package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.internal.excel.ImportJobEntity.Phase;
import cn.ecozone.indicator.internal.excel.WorkbookReader.DataSheet;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs on this instance, one at a time (an import of 100,000 values must fit in a 256 MB
 * heap beside everything else), with a short queue behind it of which each user gets a share
 * ({@link ImportQueue}, {@code ecozone.indicator.excel.queue-per-user}). A job counts the rows for the
 * progress bar by a scan of the sheets' XML bytes ({@link RowElements}), reads the workbook once as a
 * stream to validate the rows, and saves only when no row is wrong.
 */
@Component
public class ImportRunner {

    /**
     * Data rows per workbook by default; beyond that the upload is refused as a whole (counted while
     * streaming, before any row is kept). The validated rows wait in memory for the save, about 0.5 KB
     * each: 500,000 rows filled a 256 MB heap (bench/uploads), 200,000 fit, as many as the largest
     * template ({@code ValueWorkbooks.MAX_TEMPLATE_ROWS}).
     */
    static final int MAX_ROWS = 200_000;

    static final int QUEUE = 8;

    /** Rows between two looks at the clock ({@link ProgressPace} decides whether to report). */
    private static final int PROGRESS_EVERY = 100;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JobProgress progress;
    private final ImportSaver saver;
    private final Values values;
    private final JsonMapper json;
    private final ImportQueue queue;
    private final java.time.Clock clock;
    private final int maxRows;

    ImportRunner(
            JobProgress progress,
            ImportSaver saver,
            Values values,
            JsonMapper json,
            java.time.Clock clock,
            MeterRegistry meters,
            @Value("${ecozone.indicator.excel.queue-per-user:2}") int perUser,
            @Value("${ecozone.indicator.excel.max-rows:" + MAX_ROWS + "}") int maxRows) {
        this.maxRows = maxRows;
        this.progress = progress;
        this.saver = saver;
        this.values = values;
        this.json = json;
        this.clock = clock;
        this.queue = new ImportQueue(QUEUE, perUser);
        // the import queue's depth for monitoring (ADR 0051): a queue that stays full means imports
        // are refused with 503; read at each scrape, nothing is counted per request
        Gauge.builder("ecozone.indicator.import.queue", queue, ImportQueue::waiting)
                .description("Excel imports of indicator values on this instance, by state")
                .tag("state", "waiting")
                .register(meters);
        Gauge.builder("ecozone.indicator.import.queue", queue, ImportQueue::running)
                .description("Excel imports of indicator values on this instance, by state")
                .tag("state", "running")
                .register(meters);
    }

    /** What a job works on. */
    public record Work(
            String jobId,
            UploadedWorkbooks.Stored file,
            EditionModel model,
            Region region,
            Actor actor,
            EntryRules rules) {}

    /**
     * Checks that the user could queue a job now, before its upload is stored (a hint; {@link
     * #submit} decides atomically).
     *
     * @throws ApiException 429 when the user holds its share of the queue, 503 when it is full
     */
    public void checkRoom(long userId) {
        ImportQueue.Refusal refusal = queue.refusal(userId);
        if (refusal != null) {
            throw refused(refusal);
        }
    }

    /**
     * Queues the job; the user holds one of its places in the queue until the job ends.
     *
     * @throws ApiException 429 when the user holds its share of the queue, 503 when it is full
     */
    public void submit(Work work) {
        try {
            queue.submit(work.actor().userId(), () -> run(work));
        } catch (ImportQueue.Refused e) {
            throw refused(e.reason());
        }
    }

    /** This instance's queue, for the tests that hold jobs in it to see the gauges count them. */
    ImportQueue queue() {
        return queue;
    }

    public static ApiException busy() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", "error.indicator.excel.busy", null, null);
    }

    private static ApiException refused(ImportQueue.Refusal reason) {
        return reason == ImportQueue.Refusal.FULL ? busy() : shareUsed();
    }

    private static ApiException shareUsed() {
        return new ApiException(
                HttpStatus.TOO_MANY_REQUESTS, "busy-user", "error.indicator.excel.busy-user", null, null);
    }

    void run(Work work) {
        String jobId = work.jobId();
        int[] processed = {0};
        try (WorkbookReader reader = new WorkbookReader(work.file().file())) {
            progress.phase(jobId, Phase.READING, null);
            List<RowError> found = new ArrayList<>();
            List<DataSheet> sheets = reader.dataSheets(found);
            int total = estimate(work, reader, sheets);
            if (total > maxRows) {
                progress.failed(
                        jobId,
                        0,
                        List.of(RowError.of(null, null, null, "excel.error.too-many-rows", total, maxRows)),
                        1,
                        null);
                return;
            }
            progress.phase(jobId, Phase.VALIDATING, total);
            Validated valid = validate(work, reader, sheets, found, processed);
            if (valid == null) {
                return;
            }
            progress.phase(jobId, Phase.SAVING, valid.rows());
            ImportSaver.Saved saved = saver.save(
                    jobId,
                    work.model(),
                    work.region(),
                    work.actor(),
                    valid.pending(),
                    work.rules(),
                    valid.rows(),
                    valid.unchanged());
            log.info(
                    "Excel import {} by {}: {} rows, {} values saved, {} unchanged",
                    jobId,
                    work.actor().username(),
                    valid.rows(),
                    saved.saved(),
                    saved.unchanged());
        } catch (ImportSaver.Refused e) {
            progress.failed(jobId, processed[0], List.of(e.error()), 1, null);
        } catch (ApiException e) {
            progress.failed(
                    jobId,
                    processed[0],
                    List.of(new RowError(
                            null,
                            null,
                            null,
                            e.messageKey(),
                            java.util.Arrays.stream(e.args())
                                    .map(String::valueOf)
                                    .toList())),
                    1,
                    null);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            log.info("Excel import {} lost to a concurrent change: {}", jobId, e.getMessage());
            progress.failed(jobId, processed[0], List.of(), 0, "excel.import.conflict");
        } catch (java.io.IOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            log.info("Excel import {}: unreadable workbook: {}", jobId, e.getMessage());
            progress.failed(jobId, processed[0], List.of(), 0, "excel.import.unreadable");
        } catch (RuntimeException e) {
            log.error("Excel import {} failed", jobId, e);
            progress.failed(jobId, processed[0], List.of(), 0, "excel.import.failed");
        } finally {
            work.file().delete();
        }
    }

    /** The valid values of a workbook and its row counts, all the save needs. */
    private record Validated(PendingValues pending, int rows, int unchanged) {}

    /**
     * Validates every row in one streaming pass; null when some row is wrong (the job has then failed
     * with the errors). Only the valid values outlive it: the validation's own maps (the first row of
     * each key, for duplicates) are garbage before the save begins.
     */
    private Validated validate(
            Work work, WorkbookReader reader, List<DataSheet> sheets, List<RowError> found, int[] processed)
            throws java.io.IOException {
        ImportValidation v = new ImportValidation(work.model(), work.actor(), work.rules(), year -> stored(work, year));
        ProgressPace pace = new ProgressPace(clock);
        v.addAll(found);
        for (DataSheet sheet : sheets) {
            reader.forEachRow(sheet, row -> {
                v.accept(sheet, row);
                processed[0] = v.processed();
                if (v.processed() % PROGRESS_EVERY == 0 && pace.due()) {
                    progress.progress(work.jobId(), v.processed(), 0);
                }
            });
        }
        if (v.errorCount() > 0) {
            progress.failed(work.jobId(), v.processed(), v.errors(), v.errorCount(), null);
            return null;
        }
        return new Validated(v.pending(), v.processed(), v.unchanged());
    }

    /**
     * The rows for the progress bar and the row limit, before the one pass that validates them: the
     * sheets' row elements less their header rows, an upper bound found by a scan of the XML bytes
     * ({@link RowElements}); the exact count (a second streaming read) only when that bound is over the
     * limit or the workbook keeps its sheets where the scan does not look.
     */
    private int estimate(Work work, WorkbookReader reader, List<DataSheet> sheets) throws java.io.IOException {
        int bound = RowElements.count(work.file().file()) - sheets.size();
        if (bound >= 0 && bound <= maxRows && !sheets.isEmpty()) {
            return bound;
        }
        int total = 0;
        for (DataSheet sheet : sheets) {
            total += reader.count(sheet);
        }
        return total;
    }

    /** The values held for the actor's region in a year, for comparing rows of a locked year. */
    private Map<String, StoredValue> stored(Work work, int year) {
        Map<String, StoredValue> held = new HashMap<>();
        for (ValueEntity v :
                values.forRegion(work.model().edition().code(), work.region().code(), year, year)) {
            Map<String, Double> parts =
                    v.parts() == null ? null : json.readValue(v.parts(), new TypeReference<Map<String, Double>>() {});
            held.put(
                    v.indicatorCode(),
                    new StoredValue(v.numberValue(), v.flagValue(), v.gradeValue(), parts, v.source(), v.note()));
        }
        return held;
    }

    @PreDestroy
    void stop() {
        queue.shutdown();
    }
}
