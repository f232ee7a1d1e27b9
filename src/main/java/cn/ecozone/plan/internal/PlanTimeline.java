package cn.ecozone.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTimeline extends JpaRepository<PlanTimelineEntity, Long> {

    List<PlanTimelineEntity> findByPlanIdOrderByIdAsc(Long planId);
}
