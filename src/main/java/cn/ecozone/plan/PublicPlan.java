package cn.ecozone.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A promulgated plan as the public column shows it (IM eco-civ art. 8; IM Two Mountains art. 7). */
public record PublicPlan(
        long id,
        String title,
        int periodStart,
        int periodEnd,
        int revision,
        PlanState state,
        @Nullable String promulgationBody,
        @Nullable LocalDate promulgatedOn,
        @Nullable String promulgationNumber,
        @Nullable LocalDate filedOn,
        boolean hasText) {}
