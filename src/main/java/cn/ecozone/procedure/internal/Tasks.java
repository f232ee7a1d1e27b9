package cn.ecozone.procedure.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tasks of runs; the inbox is read by {@link InboxRows}. */
public interface Tasks extends JpaRepository<TaskEntity, Long> {

    List<TaskEntity> findByRunIdOrderById(long runId);
}
