package cn.ecozone.report;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A report in a list: no text, no scorecard. */
public record ReportSummary(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        Programme programme,
        int year,
        LocalDate dueOn,
        ReportState state,
        @Nullable String currentStep,
        Instant updatedAt) {}
