package cn.ecozone.procedure;

/**
 * A task was opened for its assignee: a role in a region, an organization, or a user (the others
 * {@code null}), so that notifications can reach them.
 */
public record ProcedureTaskOpened(
        long runId,
        long taskId,
        String subjectType,
        long subjectId,
        String subjectTitle,
        String link,
        String stepCode,
        String assigneeRole,
        String assigneeRegionCode,
        Long assigneeOrganizationId,
        Long assigneeUserId)
        implements ProcedureEvents {}
