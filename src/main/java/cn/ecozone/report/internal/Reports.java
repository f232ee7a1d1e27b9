package cn.ecozone.report.internal;

import cn.ecozone.report.ReportState;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Reports extends JpaRepository<ReportEntity, Long> {

    /** The report, its row locked until the transaction ends: every change of a report holds it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReportEntity r where r.id = :id")
    Optional<ReportEntity> lock(@Param("id") long id);

    /**
     * A page of the reports under both bound path patterns (scope and region filter), optionally of a
     * year and state, whose subject's name contains {@code query} (a bound, escaped pattern): one
     * statement for the page and one for the count.
     */
    @Query("""
            select r from ReportEntity r
            where r.regionPath like :scope and r.regionPath like :region
              and (:year is null or r.year = :year)
              and (:state is null or r.state = :state)
              and lower(r.subjectName) like :query escape '\\'
            order by r.year desc, r.regionCode, r.id
            """)
    Page<ReportEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("year") Integer year,
            @Param("state") ReportState state,
            @Param("query") String query,
            Pageable page);

    boolean existsByTitleIdAndYear(long titleId, int year);

    /** The reports among {@code ids} that are with their subject, for the requirement check. */
    @Query("select r from ReportEntity r where r.id in :ids")
    List<ReportEntity> byIds(@Param("ids") Collection<Long> ids);

    /** The reports of a title with their attachments, the earliest year first: one statement. */
    @Query("select distinct r from ReportEntity r left join fetch r.attachments where r.titleId = :titleId"
            + " order by r.year, r.id")
    List<ReportEntity> ofTitle(@Param("titleId") long titleId);
}
