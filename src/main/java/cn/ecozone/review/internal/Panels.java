package cn.ecozone.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Panels extends JpaRepository<PanelEntity, Long> {

    /** The panel, its row locked until the transaction ends: closes and score writes queue here. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PanelEntity p where p.id = :id")
    Optional<PanelEntity> lockById(@Param("id") long id);

    List<PanelEntity> findByRoundIdOrderById(long roundId);

    /**
     * One page of the panels of a pool (its region path) matching the filter ({@code q}: the field, a
     * LIKE pattern, escape {@code \\}), in the page's order (page and count: two statements).
     */
    @Query("select p from PanelEntity p where p.poolRegionPath = :pool"
            + " and (:round is null or p.roundId = :round) and (:step is null or p.stepCode = :step)"
            + " and (:state is null or p.state = :state) and coalesce(p.field, '') like :q escape '\\'")
    Page<PanelEntity> search(
            @Param("pool") String poolRegionPath,
            @Param("round") Long roundId,
            @Param("step") String stepCode,
            @Param("state") String state,
            @Param("q") String q,
            Pageable page);

    /** The number of the round's last draw at the step; 0 before the first. */
    @Query("select coalesce(max(p.drawNo), 0) from PanelEntity p where p.roundId = :round and p.stepCode = :step")
    int lastDrawNo(@Param("round") long roundId, @Param("step") String stepCode);
}
