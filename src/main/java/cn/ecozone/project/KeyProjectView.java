package cn.ecozone.project;

import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A key project as the UI shows it, with what this actor may do.
 *
 * @param history the changes, newest first; empty in lists
 * @param mayEdit the actor is the project's subject and may update it
 * @param mayDelete the actor may delete it (a project referenced by an annual work plan is still refused, 409)
 * @param fromPlan the plan it was taken from, or null for a project entered in the library
 */
public record KeyProjectView(
        long id,
        String regionCode,
        String regionName,
        Programme programme,
        String name,
        String content,
        String investor,
        BigDecimal investment,
        String expectedBenefits,
        String transformationMode,
        KeyProjectStatus status,
        Integer startYear,
        Integer endYear,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean mayEdit,
        boolean mayDelete,
        List<Change> history,
        FromPlan fromPlan) {

    /**
     * The plan a project came from (issue 14 §8).
     *
     * @param entry the key of the plan's row that updates it, or null once the row was removed from the plan
     * @param title the plan's title at its last save of the content
     */
    public record FromPlan(long planId, String entry, String title) {}

    /** One changed field: old → new, who, when, why. */
    public record Change(
            String field, String oldValue, String newValue, String changedBy, Instant changedAt, String reason) {}
}
