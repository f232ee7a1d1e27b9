package cn.ecozone.supervision.internal;

import cn.ecozone.regulation.TitleRules.CheckKind;
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

public interface SupervisionChecks extends JpaRepository<CheckEntity, Long> {

    /** The check, its row locked until the transaction ends (two conclusions at once: one waits, then sees it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CheckEntity c where c.id = :id")
    Optional<CheckEntity> lockById(@Param("id") long id);

    /** The (title, check code) pairs already opened among {@code titleIds}: one statement for a job's page. */
    @Query("select concat(c.titleId, ':', c.checkCode) from CheckEntity c where c.titleId in :titleIds")
    List<String> openedKeys(@Param("titleIds") Collection<Long> titleIds);

    /**
     * Checks under the scope's and the region filter's path patterns (bound), optionally of a kind, a
     * state and a programme, due between {@code from} and {@code to}, the subject's name
     * matching {@code query} or the region one of {@code named} (never empty), in the pageable's order
     * (issue 14 §6): two statements (page and count).
     */
    @Query("""
            select c from CheckEntity c
            where c.regionPath like :scope and c.regionPath like :region
              and (:kind is null or c.kind = :kind)
              and (:state is null or c.state = :state)
              and (:programme is null or c.programme = :programme)
              and c.dueOn >= :from and c.dueOn <= :to
              and (c.subjectName like :query escape '\\' or c.regionCode in :named)
            """)
    Page<CheckEntity> filtered(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("kind") CheckKind kind,
            @Param("state") CheckEntity.State state,
            @Param("programme") cn.ecozone.regulation.Programme programme,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            @Param("query") String query,
            @Param("named") Collection<String> named,
            Pageable pageable);

    Optional<CheckEntity> findByRunId(long runId);

    Optional<CheckEntity> findByTitleIdAndCheckCode(long titleId, String checkCode);

    List<CheckEntity> findByRunIdIn(Collection<Long> runIds);

    /** A candidacy's checks, the earliest opened first: one statement. */
    List<CheckEntity> findByCandidacyIdOrderByIdAsc(long candidacyId);
}
