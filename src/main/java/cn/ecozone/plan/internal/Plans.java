package cn.ecozone.plan.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Plans extends JpaRepository<PlanEntity, Long> {

    /**
     * A page of the plans whose subject lies in the scope and whose title matches {@code text}, the
     * newest change first; both patterns are bound {@code LIKE} parameters. One statement for the page
     * and one for the count.
     */
    @Query("select p from PlanEntity p where p.subjectRegionPath like :scope"
            + " and lower(p.title) like :text escape '\\' order by p.updatedAt desc, p.id desc")
    Page<PlanEntity> inScope(@Param("scope") String scope, @Param("text") String text, Pageable page);

    /**
     * A page of the plans whose subject lies in the scope (a bound {@code LIKE} pattern), the newest
     * change first: the list without a keyword, which {@code plan_recent_idx} answers in its order and
     * counts without reading a plan (V66).
     */
    @Query("select p from PlanEntity p where p.subjectRegionPath like :scope order by p.updatedAt desc, p.id desc")
    Page<PlanEntity> inScope(@Param("scope") String scope, Pageable page);

    /** The promulgated plans of a subject and programme, newest first. */
    @Query("select p from PlanEntity p where p.subjectRegionCode = :region and p.programme = :programme"
            + " and p.promulgatedOn is not null order by p.promulgatedOn desc")
    List<PlanEntity> promulgated(@Param("region") String region, @Param("programme") String programme);

    /** Filed plans whose period ends before {@code year}. */
    @Query("select p from PlanEntity p where p.state in ('FILED', 'IN_FORCE') and p.periodEnd < :year")
    List<PlanEntity> filedEndingBefore(@Param("year") int year);
}
