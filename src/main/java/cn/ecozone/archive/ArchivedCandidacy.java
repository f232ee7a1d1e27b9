package cn.ecozone.archive;

import cn.ecozone.regulation.Programme;

/**
 * The candidacy an archive is made of, as the contributors see it.
 *
 * @param titleId the title it holds or held, or null
 */
public record ArchivedCandidacy(
        long candidacyId,
        String regionCode,
        String subjectName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        Long titleId) {}
