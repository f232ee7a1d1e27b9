package cn.ecozone.enforcement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A proposal as the paged list shows it. */
public record ProposalSummary(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        String sanctionCode,
        String sanctionText,
        @Nullable String article,
        ProposalState state,
        @Nullable Measure measure,
        @Nullable Severity severity,
        Instant openedAt) {}
