package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanText;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The versions of plans' texts (V112) and their issuing documents (V123), read by plan. */
interface PlanTexts extends JpaRepository<PlanTextEntity, Long> {

    List<PlanTextEntity> findByPlanIdOrderByNumber(long planId);

    boolean existsByPlanIdAndDocumentId(long planId, long documentId);

    @Query("select coalesce(max(t.number), 0) from PlanTextEntity t where t.planId = :plan and t.kind = :kind")
    int lastNumber(@Param("plan") long planId, @Param("kind") PlanText.Kind kind);
}
