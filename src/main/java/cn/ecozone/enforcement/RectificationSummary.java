package cn.ecozone.enforcement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A rectification as the paged list shows it. */
public record RectificationSummary(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        Measure stage,
        String origin,
        LocalDate orderedOn,
        @Nullable LocalDate dueOn,
        RectificationState state) {}
