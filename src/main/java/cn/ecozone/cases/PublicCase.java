package cn.ecozone.cases;

import java.time.Instant;
import java.util.List;

/**
 * A published case as the public library shows it: nothing internal (no run, no experts).
 *
 * @param progressLink the region's public indicator page
 */
public record PublicCase(
        long id,
        String title,
        String regionCode,
        String regionName,
        String unitName,
        TransformationPath path,
        int year,
        String story,
        List<CaseView.Result> results,
        List<Long> photoIds,
        Instant publishedAt,
        String progressLink) {

    /** A published case in the library's list. */
    public record Summary(
            long id,
            String title,
            String regionCode,
            String regionName,
            String unitName,
            TransformationPath path,
            int year,
            Instant publishedAt) {}

    /** A generated yearly collection. */
    public record Collection(
            long id, String officeRegionCode, String officeRegionName, int year, int caseCount, Instant generatedAt) {}
}
