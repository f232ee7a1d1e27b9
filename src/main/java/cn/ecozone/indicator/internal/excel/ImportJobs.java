package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.internal.excel.ImportJobEntity.Phase;
import cn.ecozone.indicator.internal.excel.ImportJobEntity.State;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Import jobs. The running instance moves a job on with these bulk updates (each also stamps
 * {@code updated_at}, the job's heartbeat); every other instance only reads.
 */
public interface ImportJobs extends JpaRepository<ImportJobEntity, String> {

    @Modifying
    @Query("update ImportJobEntity j set j.phase = :phase, j.totalRows = :total, j.updatedAt = :now,"
            + " j.version = j.version + 1 where j.id = :id")
    int phase(
            @Param("id") String id,
            @Param("phase") Phase phase,
            @Param("total") Integer totalRows,
            @Param("now") Instant now);

    @Modifying
    @Query("update ImportJobEntity j set j.state = :state, j.phase = :phase, j.processedRows = :processed,"
            + " j.writtenRows = :written, j.saved = :saved, j.unchanged = :unchanged, j.errorCount = :errors,"
            + " j.messageKey = :messageKey, j.updatedAt = :now, j.finishedAt = :now, j.version = j.version + 1"
            + " where j.id = :id")
    int finish(
            @Param("id") String id,
            @Param("state") State state,
            @Param("phase") Phase phase,
            @Param("processed") int processedRows,
            @Param("written") int writtenRows,
            @Param("saved") int saved,
            @Param("unchanged") int unchanged,
            @Param("errors") int errorCount,
            @Param("messageKey") String messageKey,
            @Param("now") Instant now);

    /**
     * Ends as failed, with the reason {@code messageKey}, the jobs left running by this instance
     * before it (re)started, and those of any instance whose heartbeat stopped before
     * {@code staleBefore}.
     *
     * @return how many jobs were marked
     */
    @Modifying
    @Query("update ImportJobEntity j set j.state = cn.ecozone.indicator.internal.excel.ImportJobEntity.State.FAILED,"
            + " j.phase = cn.ecozone.indicator.internal.excel.ImportJobEntity.Phase.DONE,"
            + " j.messageKey = :messageKey, j.updatedAt = :now, j.finishedAt = :now, j.version = j.version + 1"
            + " where j.state = cn.ecozone.indicator.internal.excel.ImportJobEntity.State.RUNNING"
            + " and (j.instanceId = :instance or j.updatedAt < :staleBefore)")
    int failInterrupted(
            @Param("instance") String instanceId,
            @Param("staleBefore") Instant staleBefore,
            @Param("messageKey") String messageKey,
            @Param("now") Instant now);

    /** Jobs still queued or running; a new import waits behind them. */
    long countByState(State state);
}
