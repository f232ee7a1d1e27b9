package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.internal.excel.ImportJobEntity.Phase;
import cn.ecozone.indicator.internal.excel.ImportJobEntity.State;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a running job's progress, each in its own short transaction, so that other instances see
 * it while the job's own save transaction is still open.
 */
@Component
class JobProgress {

    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final JsonMapper json;
    private final Clock clock;
    private final JdbcClient jdbc;

    JobProgress(ImportJobs jobs, ImportErrors errors, JsonMapper json, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.errors = errors;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void phase(String jobId, Phase phase, Integer totalRows) {
        jobs.phase(jobId, phase, totalRows, clock.instant());
    }

    /**
     * Moves the progress bar on (and stamps the heartbeat), as one plain statement in its own
     * transaction. A job reports 300 times for 100,000 values; through a repository query each report
     * built and translated its query anew, about a tenth of an import's time (issue 10, import).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String jobId, int processed, int written) {
        jdbc.sql("update indicator_import_job set processed_rows = :processed, written_rows = :written,"
                        + " updated_at = :now, version = version + 1 where id = :id")
                .param("processed", processed)
                .param("written", written)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", jobId)
                .update();
    }

    /** Ends the job as failed, with the errors found (the first ones kept) or a general reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String jobId, int processed, List<RowError> found, int errorCount, String messageKey) {
        for (int i = 0; i < found.size(); i++) {
            errors.save(new ImportErrorEntity(
                    jobId, i, found.get(i), json.writeValueAsString(found.get(i).args())));
        }
        jobs.finish(jobId, State.FAILED, Phase.DONE, processed, 0, 0, 0, errorCount, messageKey, clock.instant());
    }

    /** Ends the job as succeeded; runs inside the save transaction, so that both commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void succeeded(String jobId, int processed, int written, int saved, int unchanged) {
        jobs.finish(jobId, State.SUCCEEDED, Phase.DONE, processed, written, saved, unchanged, 0, null, clock.instant());
    }
}
