package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.ProposalState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The proposals. Every list binds the reader's region prefix; nothing is concatenated. */
public interface Proposals extends JpaRepository<ProposalEntity, Long> {

    /** The proposal, its row locked until the transaction ends (one decider at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ProposalEntity p where p.id = :id")
    Optional<ProposalEntity> lockById(@Param("id") long id);

    /** The open proposals opened on rectification {@code rectificationId}, their rows locked (oldest first). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ProposalEntity p where p.rectificationId = :rectificationId and p.state = :state"
            + " order by p.id")
    List<ProposalEntity> lockByRectification(
            @Param("rectificationId") long rectificationId, @Param("state") ProposalState state);

    /** The rectification proposal {@code id} was opened on, if any, without loading the proposal. */
    @Query("select p.rectificationId from ProposalEntity p where p.id = :id and p.rectificationId is not null")
    Optional<Long> rectificationIdOf(@Param("id") long id);

    boolean existsByTitleIdAndSanctionCodeAndTriggerKey(long titleId, String sanctionCode, String triggerKey);

    Optional<ProposalEntity> findByRunId(long runId);

    boolean existsByTitleId(long titleId);

    List<ProposalEntity> findByTitleIdOrderByIdAsc(long titleId);

    /**
     * One page in the scope {@code prefix} that meets every given condition (issue 14 §6), in the
     * pageable's order: two statements (page and count). {@code text} is a lower-cased LIKE pattern for
     * the subject's name, or null; {@code named} the codes of the regions whose name the search text
     * matches (never empty); a null condition is not applied;
     * {@code from} and {@code to} bound the year (the widest range when no year is asked for).
     */
    @Query("""
            select p from ProposalEntity p
            where left(p.regionPath, :length) = :prefix
              and (:state is null or p.state = :state)
              and (:code is null or p.sanctionCode = :code)
              and (:region is null or left(p.regionPath, :regionLength) = :region)
              and (:programme is null or p.programme = :programme)
              and p.openedAt >= :from
              and p.openedAt < :to
              and (:text is null or lower(p.subjectName) like :text escape '\\' or p.regionCode in :named)""")
    Page<ProposalEntity> filtered(
            @Param("prefix") String prefix,
            @Param("length") int length,
            @Param("state") ProposalState state,
            @Param("code") String code,
            @Param("region") String region,
            @Param("regionLength") int regionLength,
            @Param("programme") String programme,
            @Param("from") java.time.Instant from,
            @Param("to") java.time.Instant to,
            @Param("text") String text,
            @Param("named") List<String> named,
            Pageable pageable);

    /** A candidacy's proposals with their evidence, the earliest first: one statement. */
    @Query("select distinct p from ProposalEntity p left join fetch p.evidence where p.candidacyId = :candidacyId"
            + " order by p.id")
    List<ProposalEntity> ofCandidacy(@Param("candidacyId") long candidacyId);
}
