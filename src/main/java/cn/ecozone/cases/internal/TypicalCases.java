package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseState;
import cn.ecozone.cases.TransformationPath;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TypicalCases extends JpaRepository<TypicalCaseEntity, Long> {

    /** The case, its row locked until the transaction ends: two acts on one case queue here. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TypicalCaseEntity c where c.id = :id")
    Optional<TypicalCaseEntity> lockById(@Param("id") long id);

    /**
     * A page of cases under {@code scope} (bound): a draft only for its own region; optional state, path,
     * year, a region under {@code region} (a path pattern) and a search in title, unit and story.
     */
    @Query("""
            select c from TypicalCaseEntity c
            where c.regionPath like :scope and c.regionPath like :region
              and (c.state <> cn.ecozone.cases.CaseState.DRAFT or c.regionCode = :own)
              and (:state is null or c.state = :state)
              and (:path is null or c.path = :path)
              and (:year is null or c.year = :year)
              and (c.title like :q escape '\\' or c.unitName like :q escape '\\' or c.story like :q escape '\\')
            """)
    Page<TypicalCaseEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("own") String ownRegion,
            @Param("state") CaseState state,
            @Param("path") TransformationPath path,
            @Param("year") Integer year,
            @Param("q") String query,
            Pageable pageable);

    /** A page of published cases (the public library), same filters. */
    @Query("""
            select c from TypicalCaseEntity c
            where c.state = cn.ecozone.cases.CaseState.PUBLISHED and c.regionPath like :region
              and (:path is null or c.path = :path)
              and (:year is null or c.year = :year)
              and (c.title like :q escape '\\' or c.unitName like :q escape '\\' or c.story like :q escape '\\')
            """)
    Page<TypicalCaseEntity> published(
            @Param("region") String region,
            @Param("path") TransformationPath path,
            @Param("year") Integer year,
            @Param("q") String query,
            Pageable pageable);

    /** An office's published cases of a year, by region and publication, for its collection. */
    @Query("""
            select c from TypicalCaseEntity c
            where c.state = cn.ecozone.cases.CaseState.PUBLISHED and c.officeRegionCode = :office and c.year = :year
            order by c.regionCode, c.publishedAt, c.id
            """)
    List<TypicalCaseEntity> publishedOf(@Param("office") String officeRegionCode, @Param("year") int year);

    /** The case whose run is {@code runId}. */
    Optional<TypicalCaseEntity> findByRunId(long runId);

    /** A region's cases of a programme past the draft, the earliest first: one statement. */
    @Query("""
            select c from TypicalCaseEntity c
            where c.regionCode = :region and c.programme = :programme
              and c.state <> cn.ecozone.cases.CaseState.DRAFT
            order by c.year, c.id
            """)
    List<TypicalCaseEntity> ofRegion(@Param("region") String regionCode, @Param("programme") String programme);
}
