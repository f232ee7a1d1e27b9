package cn.ecozone.project.internal;

import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.regulation.Programme;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KeyProjects extends JpaRepository<KeyProjectEntity, Long> {

    /** Locks the project's row until the transaction ends; empty when it does not exist (any more). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from KeyProjectEntity p where p.id = :id")
    Optional<KeyProjectEntity> lock(@Param("id") long id);

    /**
     * Projects under a region path pattern (scope and region filter, both bound), optionally of a
     * programme and status, running in a year, and matching a {@code LIKE} pattern (escaped).
     */
    @Query("""
            select p from KeyProjectEntity p
            where p.regionPath like :scope and p.regionPath like :region
              and (:programme is null or p.programme = :programme)
              and (:status is null or p.status = :status)
              and (:year is null or ((p.startYear is null or p.startYear <= :year)
                                     and (p.endYear is null or p.endYear >= :year)))
              and (p.name like :query escape '\\' or p.investor like :query escape '\\'
                   or p.transformationMode like :query escape '\\')
            order by p.regionCode, p.id
            """)
    Page<KeyProjectEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("programme") Programme programme,
            @Param("status") KeyProjectStatus status,
            @Param("year") Integer year,
            @Param("query") String query,
            Pageable pageable);

    /** The projects linked to rows of a plan's content, within a region path pattern (the scope, bound). */
    @Query("""
            select p from KeyProjectEntity p
            where p.planId = :plan and p.planEntry is not null and p.regionPath like :scope
            order by p.id
            """)
    List<KeyProjectEntity> linkedTo(@Param("plan") long planId, @Param("scope") String scope);
}
