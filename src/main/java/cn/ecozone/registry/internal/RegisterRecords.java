package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterState;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegisterRecords extends JpaRepository<RegisterRecordEntity, Long> {

    /**
     * Records under a region path pattern (scope and region filter, both bound), of the states given,
     * optionally of a kind, with {@code occurredOn} in {@code [from, to]} and a summary or source number
     * matching a {@code LIKE} pattern (escaped); a page and its count, two statements.
     */
    @Query("""
            select r from RegisterRecordEntity r
            where r.regionPath like :scope and r.regionPath like :region
              and (:kind is null or r.kind = :kind)
              and r.state in :states
              and r.occurredOn between :from and :to
              and (r.summary like :query escape '\\' or r.sourceNumber like :query escape '\\')
            """)
    Page<RegisterRecordEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("kind") RegisterKind kind,
            @Param("states") Collection<RegisterState> states,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("query") String query,
            Pageable pageable);
}
