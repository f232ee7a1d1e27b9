package cn.ecozone.procedure.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tasks extends JpaRepository<TaskEntity, Long> {

    List<TaskEntity> findByRunIdOrderById(long runId);

    /**
     * The inbox: open tasks for the actor (its role in its region, narrowed to its organization or
     * itself where the task names one) of runs in its data scope; every value bound. One statement
     * for the page and one for the count, however many runs there are.
     */
    @Query(
            value = "select new cn.ecozone.procedure.InboxItem(r.id, t.id, r.subjectType, r.subjectId,"
                    + " r.subjectTitle, r.subjectRegionCode, r.subjectLink, t.stepCode, t.stepKind, t.openedAt,"
                    + " t.dueDate, case when t.dueDate < :today then true else false end)"
                    + " from TaskEntity t, RunEntity r where r.id = t.runId" + INBOX
                    + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, t.openedAt, t.id",
            countQuery = "select count(t) from TaskEntity t, RunEntity r where r.id = t.runId" + INBOX)
    Page<cn.ecozone.procedure.InboxItem> inbox(
            @Param("role") cn.ecozone.shared.Role role,
            @Param("regionCode") String regionCode,
            @Param("organizationId") long organizationId,
            @Param("userId") long userId,
            @Param("scope") String scopePattern,
            @Param("anySubjectType") boolean anySubjectType,
            @Param("subjectType") String subjectType,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("text") String textPattern,
            @Param("today") LocalDate today,
            Pageable page);

    String INBOX = " and t.state = cn.ecozone.procedure.internal.TaskEntity.State.OPEN"
            + " and r.state = cn.ecozone.procedure.internal.RunEntity.State.OPEN"
            + " and t.assigneeRole = :role and t.assigneeRegionCode = :regionCode"
            + " and (t.assigneeOrganizationId is null or t.assigneeOrganizationId = :organizationId)"
            + " and (t.assigneeUserId is null or t.assigneeUserId = :userId)"
            + " and r.subjectRegionPath like :scope"
            + " and (:anySubjectType = true or r.subjectType = :subjectType)"
            + " and (:overdueOnly = false or t.dueDate < :today)"
            + " and lower(r.subjectTitle) like :text escape '\\'";
}
