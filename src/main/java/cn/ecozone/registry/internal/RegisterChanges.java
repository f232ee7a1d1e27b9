package cn.ecozone.registry.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterChanges extends JpaRepository<RegisterChangeEntity, Long> {

    /** A record's history, oldest first. */
    List<RegisterChangeEntity> findByRecordIdOrderByIdAsc(long recordId);
}
