package cn.ecozone.reward.internal;

import cn.ecozone.regulation.Programme;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Rewards extends JpaRepository<RewardEntity, Long> {

    /** The reward's row, locked until the transaction ends (a correction against a concurrent one). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RewardEntity r where r.id = :id")
    Optional<RewardEntity> lock(@Param("id") long id);

    /** The rewards of a title, by date. */
    @Query("select r from RewardEntity r where r.titleId = :title order by r.awardedOn, r.id")
    List<RewardEntity> ofTitle(@Param("title") long titleId);

    /** The rewards of a candidacy's titles, by date. */
    @Query("select r from RewardEntity r where r.candidacyId = :candidacy order by r.awardedOn, r.id")
    List<RewardEntity> ofCandidacy(@Param("candidacy") long candidacyId);

    /**
     * Rewards under a region path pattern (scope and region filter, both bound), dated in
     * {@code from..to}, optionally of a programme, matching a {@code LIKE} pattern (escaped).
     */
    @Query("""
            select r from RewardEntity r
            where r.regionPath like :scope and r.regionPath like :region
              and r.awardedOn between :from and :to
              and (:programme is null or r.programme = :programme)
              and (r.subjectName like :query escape '\\' or r.documentNumber like :query escape '\\'
                   or r.issuingBody like :query escape '\\')
            order by r.awardedOn desc, r.id desc
            """)
    Page<RewardEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("programme") Programme programme,
            @Param("query") String query,
            Pageable pageable);
}
