package cn.ecozone.deadline.internal;

import cn.ecozone.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface Deadlines extends JpaRepository<DeadlineEntity, Long> {

    @Query("select d from DeadlineEntity d where d.subjectType = :type and d.subjectId = :id and d.kind = :kind"
            + " and d.openMarker is not null")
    Optional<DeadlineEntity> findOpen(
            @Param("type") String subjectType, @Param("id") long subjectId, @Param("kind") String kind);

    /**
     * Open deadlines in the scope (a bound LIKE pattern on the region path) due on or before
     * {@code dueBy}; with {@code anyRole} false only those of the given roles.
     */
    @Query("select d from DeadlineEntity d where d.openMarker is not null and d.regionPath like :scope"
            + " and d.dueDate <= :dueBy and (:anyRole = true or d.role in :roles) order by d.dueDate, d.id")
    List<DeadlineEntity> findOpenInScope(
            @Param("scope") String scopePattern,
            @Param("dueBy") LocalDate dueBy,
            @Param("anyRole") boolean anyRole,
            @Param("roles") Collection<Role> roles);

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
