package cn.ecozone.enforcement;

import java.time.Instant;

/** A proposal as the paged list shows it. */
public record ProposalSummary(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        String sanctionCode,
        String sanctionText,
        String article,
        ProposalState state,
        Measure measure,
        Severity severity,
        Instant openedAt) {}
