package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;

/**
 * What the candidacy-and-exclusions overview is narrowed to; every part optional.
 *
 * @param excludedOnly only candidacies with an exclusion met
 * @param needsJudgement only candidacies with an exclusion that needs judgement
 * @param regionCode a region: its candidacies and those of the regions within it
 * @param state the state of the candidacy's latest dossier
 */
public record OverviewFilter(
        boolean excludedOnly, boolean needsJudgement, Programme programme, String regionCode, DossierState state) {

    /** Whether the filter asks about what is computed on read (the exclusions, the dossier's state). */
    boolean computed() {
        return excludedOnly || needsJudgement || state != null;
    }

    /** Whether a computed row passes the filter's computed parts. */
    boolean accepts(OverviewRow row) {
        return (!excludedOnly || row.excluded())
                && (!needsJudgement || row.needsJudgement())
                && (state == null || state == row.dossierState());
    }
}
