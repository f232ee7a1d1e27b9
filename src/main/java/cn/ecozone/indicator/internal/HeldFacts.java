package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.target.Facts;
import cn.ecozone.region.Region;

/** The facts a target is judged on, from held values: one scorecard's and many regions' alike. */
final class HeldFacts {

    private HeldFacts() {}

    /**
     * The facts of a row from values already checked and parsed ({@link UsableValue}): one
     * scorecard's ({@link ScorecardBuilder}) and many regions' at once ({@link RegionSummaries}).
     *
     * @param v the value of the year, null when absent or unusable
     * @param prev the value of the year before, null when absent or unusable
     * @param base the value of the edition's first year, null when absent or unusable
     * @param average the reference average of the row, or null
     */
    static Facts of(
            EditionModel.Row row,
            UsableValue v,
            UsableValue prev,
            UsableValue base,
            ReferenceAverage average,
            Region region) {
        return new Facts(
                v == null ? null : v.numberValue(),
                v == null ? null : v.flagValue(),
                v == null ? java.util.Map.of() : v.parts(),
                prev == null ? null : prev.numberValue(),
                prev == null ? java.util.Map.of() : prev.parts(),
                base == null ? null : base.numberValue(),
                average == null ? null : average.value(),
                average == null ? null : average.source(),
                region.terrain(),
                row.unit(),
                null,
                null,
                v == null ? null : v.gradeValue(),
                row.grades());
    }
}
