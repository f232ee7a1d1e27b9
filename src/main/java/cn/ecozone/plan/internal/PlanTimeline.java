package cn.ecozone.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTimeline extends JpaRepository<PlanTimelineEntity, Long> {

    List<PlanTimelineEntity> findByPlanIdOrderByIdAsc(Long planId);

    /** Whether an entry of the plan's timeline records {@code documentId} (a text a step saw). */
    boolean existsByPlanIdAndDocumentId(Long planId, Long documentId);
}
