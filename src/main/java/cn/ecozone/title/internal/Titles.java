package cn.ecozone.title.internal;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Titles extends JpaRepository<TitleEntity, Long> {

    Optional<TitleEntity> findByCandidacyId(long candidacyId);

    /** The titles given on the dossiers {@code dossierIds}: one statement. */
    List<TitleEntity> findByDossierIdIn(Collection<Long> dossierIds);

    /**
     * Titles under the scope's and the filter's region path patterns (bound), optionally of a programme and named in
     * {@code [from, to)}, whose subject name matches a {@code LIKE} pattern (escaped).
     */
    @Query("""
            select t from TitleEntity t
            where t.regionPath like :scope and t.regionPath like :region
              and (:programme is null or t.programme = :programme)
              and t.namedOn >= :from and t.namedOn < :to
              and t.subjectName like :query escape '\\'
            """)
    Page<TitleEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("programme") Programme programme,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("query") String query,
            Pageable pageable);

    /** Titles not revoked named in {@code [from, to]}, oldest first, one page: for the checks falling due. */
    @Query("""
            select t from TitleEntity t
            where t.state <> cn.ecozone.title.TitleState.REVOKED
              and t.namedOn >= :from and t.namedOn <= :to
            order by t.namedOn, t.id
            """)
    Page<TitleEntity> namedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    /** The latest title of a region in a programme, if any. */
    Optional<TitleEntity> findFirstByRegionCodeAndProgrammeOrderByNamedOnDescIdDesc(
            String regionCode, Programme programme);
}
