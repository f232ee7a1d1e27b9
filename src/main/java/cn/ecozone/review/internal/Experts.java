package cn.ecozone.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Experts extends JpaRepository<ExpertEntity, Long> {

    /**
     * A page of the pool under {@code scope} (bound), by name or organization ({@code LIKE}, escaped),
     * optionally one field ({@code %|field|%} on the padded list) and whether removed; two statements.
     */
    @Query("""
            select e from ExpertEntity e
            where e.poolRegionPath like :scope
              and (e.name like :query escape '\\' or e.organization like :query escape '\\')
              and concat('|', e.fields, '|') like :field escape '\\'
              and (:removed is null or e.removed = :removed)
            """)
    Page<ExpertEntity> search(
            @Param("scope") String scope,
            @Param("query") String query,
            @Param("field") String field,
            @Param("removed") Boolean removed,
            Pageable pageable);

    /** The pool of a province path, by id: what a draw chooses among. */
    @Query("select e from ExpertEntity e where e.poolRegionPath = :pool order by e.id")
    List<ExpertEntity> pool(@Param("pool") String poolPath);

    Optional<ExpertEntity> findByUserId(long userId);
}
