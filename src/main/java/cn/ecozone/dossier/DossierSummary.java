package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dossier as lists show it. In the dossier list {@code excluded} and {@code needsJudgement} are judged
 * when the list is read (as of the submission once submitted, else today); elsewhere, and always for
 * {@code missingCount}, they are what the last check of the dossier found (each write and each full read
 * checks it again).
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
