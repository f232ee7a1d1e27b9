package cn.ecozone.supervision.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckFindings extends JpaRepository<CheckFindingEntity, Long> {

    List<CheckFindingEntity> findByCheckIdOrderById(long checkId);

    /** The findings of many checks: one statement. */
    List<CheckFindingEntity> findByCheckIdInOrderById(Collection<Long> checkIds);
}
