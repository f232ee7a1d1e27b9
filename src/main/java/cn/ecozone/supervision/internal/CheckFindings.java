package cn.ecozone.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckFindings extends JpaRepository<CheckFindingEntity, Long> {

    List<CheckFindingEntity> findByCheckIdOrderById(long checkId);
}
