package cn.ecozone.deadline.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface Deadlines extends JpaRepository<DeadlineEntity, Long> {

    @Query("select d from DeadlineEntity d where d.subjectType = :type and d.subjectId = :id and d.kind = :kind"
            + " and d.openMarker is not null")
    Optional<DeadlineEntity> findOpen(
            @Param("type") String subjectType, @Param("id") long subjectId, @Param("kind") String kind);

    /** The open deadlines of some subjects of one type, whatever their kind: one statement for a list's page. */
    @Query("select d from DeadlineEntity d where d.subjectType = :type and d.subjectId in :ids"
            + " and d.openMarker is not null")
    List<DeadlineEntity> findOpenOf(@Param("type") String subjectType, @Param("ids") Collection<Long> subjectIds);

    /**
     * Inserts the open deadline of a subject and kind unless one is open: a concurrent registration
     * of the same deadline is no error ({@code on conflict do nothing} on the unique key {@code
     * deadline_open_uk}, on PostgreSQL and H2 alike); 1 if inserted, 0 if one was open. With {@link
     * #lockOpen} it makes registering a clean insert-or-replace (issue 8 §3).
     */
    @Modifying
    @Transactional
    @Query(
            value = "insert into deadline (subject_type, subject_id, kind, title, region_code, region_path, role,"
                    + " start_date, working_days, counting, due_date, explanation_zh, explanation_en, link,"
                    + " open_marker, created_at, version) values (:type, :id, :kind, :title, :region, :path, :role,"
                    + " :start, :days, :counting, :due, :zh, :en, :link, 1, :now, 0) on conflict do nothing",
            nativeQuery = true)
    int insertOpenIfAbsent(
            @Param("type") String subjectType,
            @Param("id") long subjectId,
            @Param("kind") String kind,
            @Param("title") String title,
            @Param("region") String regionCode,
            @Param("path") String regionPath,
            @Param("role") String role,
            @Param("start") LocalDate startDate,
            @Param("days") int workingDays,
            @Param("counting") String counting,
            @Param("due") LocalDate dueDate,
            @Param("zh") String explanationZh,
            @Param("en") String explanationEn,
            @Param("link") String link,
            @Param("now") Instant now);

    /** The open deadline of a subject and kind, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DeadlineEntity d where d.subjectType = :type and d.subjectId = :id and d.kind = :kind"
            + " and d.openMarker is not null")
    Optional<DeadlineEntity> lockOpen(
            @Param("type") String subjectType, @Param("id") long subjectId, @Param("kind") String kind);

    /**
     * Open deadlines whose period runs through the given dates (started on or before {@code last},
     * due on or after {@code first}), locked until the transaction ends.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DeadlineEntity d where d.openMarker is not null and d.startDate <= :last"
            + " and d.dueDate >= :first order by d.id")
    List<DeadlineEntity> lockOpenThrough(@Param("last") LocalDate last, @Param("first") LocalDate first);

    /** Open deadlines past their due date that are not yet marked overdue. */
    @Query("select d from DeadlineEntity d where d.openMarker is not null and d.overdueAt is null"
            + " and d.dueDate < :today order by d.id")
    List<DeadlineEntity> findNewlyOverdue(@Param("today") LocalDate today);

    /** Open deadlines due from today to {@code dueBy} that have not been reminded of. */
    @Query("select d from DeadlineEntity d where d.openMarker is not null and d.remindedAt is null"
            + " and d.dueDate >= :today and d.dueDate <= :dueBy order by d.id")
    List<DeadlineEntity> findUnreminded(@Param("today") LocalDate today, @Param("dueBy") LocalDate dueBy);

    /**
     * Marks an open deadline overdue unless a concurrent run did: 1 for the run that wins, 0 for
     * every other. The due date guards against a replacement made meanwhile.
     */
    @Modifying
    @Transactional
    @Query("update DeadlineEntity d set d.overdueAt = :now where d.id = :id and d.overdueAt is null"
            + " and d.openMarker is not null and d.dueDate = :dueDate")
    int markOverdue(@Param("id") long id, @Param("dueDate") LocalDate dueDate, @Param("now") Instant now);

    /** As {@link #markOverdue}, for the reminder. */
    @Modifying
    @Transactional
    @Query("update DeadlineEntity d set d.remindedAt = :now where d.id = :id and d.remindedAt is null"
            + " and d.openMarker is not null and d.dueDate = :dueDate")
    int markReminded(@Param("id") long id, @Param("dueDate") LocalDate dueDate, @Param("now") Instant now);
}
