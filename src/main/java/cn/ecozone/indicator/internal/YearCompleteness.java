package cn.ecozone.indicator.internal;

import cn.ecozone.region.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How complete a year's values are (issue 14 §2, 已填 x / y): of the edition's indicators that apply
 * to the region (by level, terrain, grassland and coastal attributes; an unknown attribute never
 * excludes, see {@link cn.ecozone.indicator.edition.Applicability}), how many hold a value, and which
 * do not, in the edition's order. Computed in memory from the cached edition and the values the page
 * already read; no statement of its own.
 *
 * @param filled applicable indicators holding a value
 * @param applicable indicators that apply to the region
 * @param missing codes of the applicable indicators without a value, in the edition's order
 */
public record YearCompleteness(int filled, int applicable, List<String> missing) {

    public YearCompleteness {
        missing = List.copyOf(missing);
    }

    /** Precondition: {@code held} are the codes of the year's held values of the owner. */
    public static YearCompleteness of(EditionModel model, Region region, Collection<String> held) {
        Set<String> codes = Set.copyOf(held);
        int applicable = 0;
        List<String> missing = new ArrayList<>();
        for (EditionModel.Row row : model.rows()) {
            if (row.applies() != null && !row.applies().appliesTo(region)) {
                continue;
            }
            applicable++;
            if (!codes.contains(row.code())) {
                missing.add(row.code());
            }
        }
        return new YearCompleteness(applicable - missing.size(), applicable, missing);
    }
}
