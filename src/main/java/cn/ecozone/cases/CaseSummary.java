package cn.ecozone.cases;

import java.time.Instant;

/** A case in the staff's list. */
public record CaseSummary(
        long id,
        String title,
        String regionCode,
        String regionName,
        String unitName,
        TransformationPath path,
        int year,
        CaseState state,
        Instant publishedAt,
        Instant updatedAt) {}
