package cn.ecozone.opinion;

import java.time.Instant;

/** An opinion as the round's list shows it; {@code sequence} above 1 marks a supplementary one. */
public record OpinionSummary(
        long id,
        long roundId,
        String stepCode,
        String scopeCode,
        int sequence,
        String title,
        String documentNumber,
        OpinionState state,
        int dossierCount,
        Instant issuedAt,
        Instant updatedAt,
        long version) {}
