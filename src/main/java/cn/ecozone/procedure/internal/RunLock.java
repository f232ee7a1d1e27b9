package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Takes a run's row lock and reads the run and its tasks as committed at that moment. Every
 * operation on a run starts here (ADR 0010): whoever held the lock before has committed, so the
 * guards see its acts, and a task is closed in memory without a conditional update. A caller's
 * transaction may have read the run before (a subject module shows the run, then acts on it); the
 * lock alone would hand back those instances as they were read, so they are loaded again.
 */
@Component
class RunLock {

    private final Runs runs;
    private final Tasks tasks;

    @PersistenceContext
    private EntityManager entityManager;

    RunLock(Runs runs, Tasks tasks) {
        this.runs = runs;
        this.tasks = tasks;
    }

    /**
     * The locked run and its tasks, by id.
     *
     * @throws RunNotFound when there is no such run
     */
    Locked lock(long runId) {
        RunEntity run = runs.lock(runId).orElseThrow(RunNotFound::new);
        entityManager.refresh(run);
        tasks.findByRunIdOrderById(runId).forEach(entityManager::detach);
        return new Locked(run, tasks.findByRunIdOrderById(runId));
    }

    /** A run under its row lock, and its tasks in id order. */
    record Locked(RunEntity run, List<TaskEntity> tasks) {}
}
