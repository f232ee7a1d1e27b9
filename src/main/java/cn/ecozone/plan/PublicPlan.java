package cn.ecozone.plan;

import java.time.LocalDate;

/** A promulgated plan as the public column shows it (IM eco-civ art. 8; IM Two Mountains art. 7). */
public record PublicPlan(
        long id,
        String title,
        int periodStart,
        int periodEnd,
        int revision,
        PlanState state,
        String promulgationBody,
        LocalDate promulgatedOn,
        String promulgationNumber,
        LocalDate filedOn,
        boolean hasText) {}
