package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.internal.excel.ImportJobEntity.Phase;
import cn.ecozone.indicator.internal.excel.ImportJobEntity.State;
import java.time.Clock;
import java.util.List;
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

    JobProgress(ImportJobs jobs, ImportErrors errors, JsonMapper json, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void phase(String jobId, Phase phase, Integer totalRows) {
        jobs.phase(jobId, phase, totalRows, clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String jobId, int processed, int written) {
        jobs.progress(jobId, processed, written, clock.instant());
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
