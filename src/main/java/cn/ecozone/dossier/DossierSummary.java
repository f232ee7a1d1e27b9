package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dossier as lists show it. {@code excluded}, {@code needsJudgement} and {@code missingCount} are
 * what the last check of the dossier found (each write and each full read checks it again).
 */
public record DossierSummary(
        long id,
        long candidacyId,
        long roundId,
        String subjectName,
        String regionCode,
        String regionName,
        Programme programme,
        DossierState state,
        LocalDate submittedOn,
        boolean excluded,
        boolean needsJudgement,
        int missingCount,
        Instant updatedAt,
        long version) {}
