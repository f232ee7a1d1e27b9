package cn.ecozone.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Plans extends JpaRepository<PlanEntity, Long> {

    /** The promulgated plans of a subject and programme, newest first. */
    @Query("select p from PlanEntity p where p.subjectRegionCode = :region and p.programme = :programme"
            + " and p.promulgatedOn is not null order by p.promulgatedOn desc")
    List<PlanEntity> promulgated(@Param("region") String region, @Param("programme") String programme);

    /** Filed plans whose period ends before {@code year}. */
    @Query("select p from PlanEntity p where p.state in ('FILED', 'IN_FORCE') and p.periodEnd < :year")
    List<PlanEntity> filedEndingBefore(@Param("year") int year);
}
