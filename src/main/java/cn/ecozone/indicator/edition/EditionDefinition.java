package cn.ecozone.indicator.edition;

import cn.ecozone.region.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator-system edition as defined in a file under {@code indicator-editions/}: a versioned
 * definition that evaluations are pinned to.
 *
 * @param code unique, {@code [A-Z0-9-]+}, e.g. {@code GZ-2SZS-2021}
 * @param documentZh the issuing document or the rules the indicator system belongs to
 * @param issuedUncertain the issue date is not certain (e.g. only a repost date is known)
 * @param source where the edition was transcribed from
 * @param complete {@code false} for a partial transcription that the province department must complete
 * @param levels the region levels whose values it judges
 * @param province where it applies: the code of the province (e.g. {@code 520000}) of a provincial
 *     edition, which takes values only of regions in that province; {@code null} for a national
 *     edition, which applies anywhere
 * @param firstYear first year values may be entered for
 * @param lastYear last year values may be entered for
 */
public record EditionDefinition(
        String code,
        int version,
        String titleZh,
        String titleEn,
        String issuerZh,
        String documentZh,
        LocalDate issued,
        boolean issuedUncertain,
        String source,
        boolean complete,
        List<RegionLevel> levels,
        String province,
        int firstYear,
        int lastYear,
        ScoreMethod score,
        List<GroupDefinition> groups) {

    public EditionDefinition {
        levels = levels == null ? List.of() : List.copyOf(levels);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Every indicator in file order: a group's own indicators first, then those of its sub-groups. */
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = new ArrayList<>();
        collect(groups, all);
        return List.copyOf(all);
    }

    private static void collect(List<GroupDefinition> groups, List<IndicatorDefinition> into) {
        for (GroupDefinition group : groups) {
            into.addAll(group.indicators());
            collect(group.groups(), into);
        }
    }
}
