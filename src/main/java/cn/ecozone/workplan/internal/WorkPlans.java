package cn.ecozone.workplan.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.workplan.WorkPlanState;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WorkPlans extends JpaRepository<WorkPlanEntity, Long> {

    /** The plan, its row locked until the transaction ends: every change of a plan holds it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkPlanEntity w where w.id = :id")
    Optional<WorkPlanEntity> lock(@Param("id") long id);

    /**
     * A page of the plans under both bound path patterns (scope and region filter), optionally of a
     * programme, year, state: one statement for the page and one for the count (the content rows are
     * not read).
     */
    @Query("""
            select w from WorkPlanEntity w
            where w.regionPath like :scope and w.regionPath like :region
              and (:programme is null or w.programme = :programme)
              and (:year is null or w.year = :year)
              and (:state is null or w.state = :state)
            order by w.year desc, w.regionCode, w.programme, w.id
            """)
    Page<WorkPlanEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("programme") Programme programme,
            @Param("year") Integer year,
            @Param("state") WorkPlanState state,
            Pageable page);

    /**
     * As {@link #search}, and with {@code text} (a lower-cased LIKE pattern, or null) matched against
     * the title or {@code named} (region codes, never empty) against the subject: the order is the
     * pageable's, built from the list's sort whitelist (issue 14 §6).
     */
    @Query("""
            select w from WorkPlanEntity w
            where w.regionPath like :scope and w.regionPath like :region
              and (:programme is null or w.programme = :programme)
              and (:year is null or w.year = :year)
              and (:state is null or w.state = :state)
              and (:text is null or lower(w.title) like :text escape '\\' or w.regionCode in :named)
            """)
    Page<WorkPlanEntity> filtered(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("programme") Programme programme,
            @Param("year") Integer year,
            @Param("state") WorkPlanState state,
            @Param("text") String text,
            @Param("named") Collection<String> named,
            Pageable page);

    @Query("""
            select count(w) > 0 from WorkPlanEntity w
            where w.regionCode = :region and w.programme = :programme and w.year = :year
            """)
    boolean exists(@Param("region") String region, @Param("programme") Programme programme, @Param("year") int year);

    /** Whether any annual work plan lists the key project. */
    @Query("select count(w) > 0 from WorkPlanEntity w join w.projects p where p.keyProjectId = :id")
    boolean refersTo(@Param("id") long keyProjectId);
}
