package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionState;
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

public interface Opinions extends JpaRepository<OpinionEntity, Long> {

    /** The opinion, its row locked until the transaction ends (issuing, completing the covered steps). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OpinionEntity o where o.id = :id")
    Optional<OpinionEntity> lockById(@Param("id") long id);

    /** One page of a round's opinions in a data scope (a path pattern), the latest change first. */
    @Query("select o from OpinionEntity o where o.roundId = :round and o.scopePath like :scope"
            + " and (:state is null or o.state = :state) and o.title like :q escape '\\'"
            + " order by o.updatedAt desc, o.id desc")
    Page<OpinionEntity> search(
            @Param("round") long roundId,
            @Param("scope") String scopePattern,
            @Param("state") OpinionState state,
            @Param("q") String q,
            Pageable page);

    /** How many dossiers each opinion covers: one statement for a page. */
    @Query("select o.id, size(o.covered) from OpinionEntity o where o.id in :ids")
    List<Object[]> coveredCounts(@Param("ids") Collection<Long> ids);

    /** Whether an issued opinion at {@code stepCode} covers the dossier (the requirement OPINION_ISSUED). */
    @Query("select count(o) > 0 from OpinionEntity o join o.covered c where c.dossierId = :dossier"
            + " and o.stepCode = :step and o.state = cn.ecozone.opinion.OpinionState.ISSUED")
    boolean issuedCovering(@Param("dossier") long dossierId, @Param("step") String stepCode);
}
