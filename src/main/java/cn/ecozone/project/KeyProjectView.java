package cn.ecozone.project;

import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        @Nullable String content,
        @Nullable String investor,
        @Nullable BigDecimal investment,
        @Nullable String expectedBenefits,
        @Nullable String transformationMode,
        KeyProjectStatus status,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean mayEdit,
        boolean mayDelete,
        List<Change> history,
        @Nullable FromPlan fromPlan) {

    /**
     * The plan a project came from (issue 14 §8).
     *
     * @param entry the key of the plan's row that updates it, or null once the row was removed from the plan
     * @param title the plan's title at its last save of the content
     */
    public record FromPlan(long planId, @Nullable String entry, String title) {}

    /** One changed field: old → new, who, when, why. */
    public record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String changedBy,
            Instant changedAt,
            @Nullable String reason) {}
}
