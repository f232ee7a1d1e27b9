package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.RectificationState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The rectifications. Every list binds the reader's region prefix. */
public interface Rectifications extends JpaRepository<RectificationEntity, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RectificationEntity r where r.id = :id")
    Optional<RectificationEntity> lockById(@Param("id") long id);

    Optional<RectificationEntity> findByRunId(long runId);

    boolean existsByCheckId(long checkId);

    /** A title's rectifications, oldest first: its enforcement history. */
    List<RectificationEntity> findByTitleIdOrderByIdAsc(long titleId);

    /**
     * One page in the scope {@code prefix} that meets every given condition (issue 14 §6), in the
     * pageable's order: two statements (page and count). {@code text} is a lower-cased LIKE pattern for
     * the subject's name, or null; {@code named} the codes of the regions whose name the search text
     * matches (never empty); a null condition is not applied;
     * {@code from} and {@code to} bound the year (the widest range when no year is asked for).
     */
    @Query("""
            select r from RectificationEntity r
            where left(r.regionPath, :length) = :prefix
              and (:state is null or r.state = :state)
              and (:region is null or left(r.regionPath, :regionLength) = :region)
              and (:programme is null or r.programme = :programme)
              and r.period.orderedOn >= :from
              and r.period.orderedOn <= :to
              and (:text is null or lower(r.subjectName) like :text escape '\\' or r.regionCode in :named)""")
    Page<RectificationEntity> filtered(
            @Param("prefix") String prefix,
            @Param("length") int length,
            @Param("state") RectificationState state,
            @Param("region") String region,
            @Param("regionLength") int regionLength,
            @Param("programme") String programme,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            @Param("text") String text,
            @Param("named") List<String> named,
            Pageable pageable);

    /** A candidacy's rectifications (orders and warning periods), the earliest first: one statement. */
    @Query("select distinct r from RectificationEntity r left join fetch r.documents"
            + " where r.candidacyId = :candidacyId order by r.id")
    List<RectificationEntity> findByCandidacyIdOrderByIdAsc(@Param("candidacyId") long candidacyId);
}
