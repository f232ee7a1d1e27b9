package cn.ecozone.title.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Namings extends JpaRepository<NamingEntity, Long> {

    /** The latest naming recorded for a run at a step. */
    Optional<NamingEntity> findFirstByRunIdAndStepCodeOrderByIdDesc(long runId, String stepCode);
}
