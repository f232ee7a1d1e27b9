package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.ProposalState;
import jakarta.persistence.LockModeType;
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
    java.util.List<ProposalEntity> lockByRectification(
            @Param("rectificationId") long rectificationId, @Param("state") ProposalState state);

    /** The rectification proposal {@code id} was opened on, if any, without loading the proposal. */
    @Query("select p.rectificationId from ProposalEntity p where p.id = :id and p.rectificationId is not null")
    Optional<Long> rectificationIdOf(@Param("id") long id);

    boolean existsByTitleIdAndSanctionCodeAndTriggerKey(long titleId, String sanctionCode, String triggerKey);

    Optional<ProposalEntity> findByRunId(long runId);

    boolean existsByTitleId(long titleId);

    java.util.List<ProposalEntity> findByTitleIdOrderByIdAsc(long titleId);

    /** One page in the scope {@code prefix}, filtered; newest first. Two statements (page and count). */
    @Query(value = """
            select p from ProposalEntity p
            where left(p.regionPath, :length) = :prefix
              and (:state is null or p.state = :state)
              and (:code is null or p.sanctionCode = :code)
              and (:region is null or left(p.regionPath, :regionLength) = :region)
              and (:search is null or lower(p.subjectName) like :search)
            order by p.openedAt desc, p.id desc""", countQuery = """
            select count(p) from ProposalEntity p
            where left(p.regionPath, :length) = :prefix
              and (:state is null or p.state = :state)
              and (:code is null or p.sanctionCode = :code)
              and (:region is null or left(p.regionPath, :regionLength) = :region)
              and (:search is null or lower(p.subjectName) like :search)""")
    Page<ProposalEntity> search(
            @Param("prefix") String prefix,
            @Param("length") int length,
            @Param("state") ProposalState state,
            @Param("code") String code,
            @Param("region") String region,
            @Param("regionLength") int regionLength,
            @Param("search") String search,
            Pageable pageable);

    /** A candidacy's proposals with their evidence, the earliest first: one statement. */
    @Query("select distinct p from ProposalEntity p left join fetch p.evidence where p.candidacyId = :candidacyId"
            + " order by p.id")
    java.util.List<ProposalEntity> ofCandidacy(@Param("candidacyId") long candidacyId);
}
