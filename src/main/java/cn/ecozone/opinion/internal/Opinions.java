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

    /**
     * One page of the opinions in a data scope (a path pattern) matching the filter (title or document
     * number like {@code q}, escape {@code \\}), in the page's order (page and count: two statements).
     */
    @Query("select o from OpinionEntity o where o.scopePath like :scope"
            + " and (:round is null or o.roundId = :round) and (:state is null or o.state = :state)"
            + " and (:step is null or o.stepCode = :step)"
            + " and (o.title like :q escape '\\' or o.documentNumber like :q escape '\\')")
    Page<OpinionEntity> search(
            @Param("scope") String scopePattern,
            @Param("round") Long roundId,
            @Param("state") OpinionState state,
            @Param("step") String stepCode,
            @Param("q") String q,
            Pageable page);

    /** How many dossiers each opinion covers: one statement for a page. */
    @Query("select o.id, size(o.covered) from OpinionEntity o where o.id in :ids")
    List<Object[]> coveredCounts(@Param("ids") Collection<Long> ids);

    /**
     * The (run, opening, step) triples among {@code runIds} that an issued opinion at one of {@code
     * stepCodes} covers: one statement for any number of runs (the requirement OPINION_ISSUED, ADR 0027).
     */
    @Query("select c.runId, c.opening, o.stepCode from OpinionEntity o join o.covered c where c.runId in :runs"
            + " and o.stepCode in :steps and o.state = cn.ecozone.opinion.OpinionState.ISSUED")
    List<Object[]> issuedCoverings(
            @Param("runs") Collection<Long> runIds, @Param("steps") Collection<String> stepCodes);

    /** The highest sequence of the round's opinions at the step by the body of {@code scopeCode}, or 0. */
    @Query("select coalesce(max(o.sequence), 0) from OpinionEntity o where o.roundId = :round"
            + " and o.stepCode = :step and o.scopeCode = :scope")
    int maxSequence(@Param("round") long roundId, @Param("step") String stepCode, @Param("scope") String scopeCode);

    /** Whether the body of {@code scopeCode} has a draft at the round's step (one draft at a time). */
    @Query("select count(o) > 0 from OpinionEntity o where o.roundId = :round and o.stepCode = :step"
            + " and o.scopeCode = :scope and o.state = cn.ecozone.opinion.OpinionState.DRAFT")
    boolean draftExists(@Param("round") long roundId, @Param("step") String stepCode, @Param("scope") String scopeCode);
}
