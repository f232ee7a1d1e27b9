package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.regulation.Programme;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Candidacies extends JpaRepository<CandidacyEntity, Long> {

    /**
     * Candidacies under a region path pattern (scope and region filter, both bound), optionally of a
     * programme and state, whose subject name matches a {@code LIKE} pattern (escaped).
     */
    @Query("""
            select c from CandidacyEntity c
            where c.regionPath like :scope and c.regionPath like :region
              and (:programme is null or c.programme = :programme)
              and (:state is null or c.state = :state)
              and c.subjectName like :query escape '\\'
            order by c.regionPath, c.id
            """)
    Page<CandidacyEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("programme") Programme programme,
            @Param("state") CandidacyState state,
            @Param("query") String query,
            Pageable pageable);

    /** The number of candidacies per state under a region path pattern: one query. */
    @Query("""
            select c.state, count(c) from CandidacyEntity c
            where c.regionPath like :scope group by c.state
            """)
    List<Object[]> countByState(@Param("scope") String scope);

    /** The open candidacy of a region (not a unit) and programme, if any. */
    @Query("""
            select c from CandidacyEntity c
            where c.regionCode = :region and c.unitId is null and c.programme = :programme
              and c.state not in (cn.ecozone.candidacy.CandidacyState.REVOKED,
                                  cn.ecozone.candidacy.CandidacyState.WITHDRAWN)
            """)
    Optional<CandidacyEntity> openOfRegion(@Param("region") String region, @Param("programme") Programme programme);
}
