package cn.ecozone.indicator.internal;

import cn.ecozone.region.Region;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads what scorecards need in a constant number of statements, however many indicators, regions or
 * years they cover: one for the held values ({@link OwnerValueReader}), and for an edition with
 * reference-average targets the province's averages ({@link ProvinceAverages}: cached, else two
 * statements). Each statement runs in its own short transaction, so no connection is held while the
 * scorecards are evaluated.
 */
@Component
public class ScorecardInputs {

    private final OwnerValueReader values;
    private final ProvinceAverages averages;

    ScorecardInputs(OwnerValueReader values, ProvinceAverages averages) {
        this.values = values;
        this.averages = averages;
    }

    /** Held values of one owner by year, then by indicator code. */
    public record Held(Map<Integer, Map<String, OwnerValue>> byYear) {

        /** No values held. */
        public static final Held NONE = new Held(Map.of());

        static Held of(Collection<OwnerValue> values) {
            return new Held(values.stream()
                    .collect(Collectors.groupingBy(
                            OwnerValue::year, Collectors.toMap(OwnerValue::indicatorCode, v -> v))));
        }

        /** The values of a year by indicator code; empty when none is held (or the year was not read). */
        public Map<String, OwnerValue> year(int year) {
            return byYear.getOrDefault(year, Map.of());
        }
    }

    /** A region's or unit's values ({@code unit} {@link ValueOwner#REGION_ITSELF} for the region) in the years. */
    public Held owner(String edition, String region, long unit, int fromYear, int toYear) {
        return Held.of(values.values(edition, region, unit, fromYear, toYear));
    }

    /**
     * The reference averages ("超过当年度全省平均水平") for regions at {@code region}'s level in its
     * province, by year, then by indicator code: the province's published figure, else the average of
     * the regions' own usable values at that level (units' values never count), whatever the state of
     * their year's submission (draft, submitted, returned or confirmed: the internal scorecards judge
     * the figures as entered).
     */
    public Map<Integer, Map<String, ReferenceAverage>> averages(
            EditionModel model, Region region, int fromYear, int toYear) {
        return averages(ProvinceAverages.Basis.HELD, model, region, fromYear, toYear);
    }

    /**
     * As {@link #averages}, but a computed average takes only the values of years whose submission is
     * confirmed (issue 13 §7: the public sees only confirmed values, and an average over a few regions
     * would show a neighbour's unconfirmed figure). A published figure applies as it does there. One
     * statement for the values (joined with their submissions) and one for the published figures,
     * cached like the other averages.
     */
    public Map<Integer, Map<String, ReferenceAverage>> confirmedAverages(
            EditionModel model, Region region, int fromYear, int toYear) {
        return averages(ProvinceAverages.Basis.CONFIRMED, model, region, fromYear, toYear);
    }

    private Map<Integer, Map<String, ReferenceAverage>> averages(
            ProvinceAverages.Basis basis, EditionModel model, Region region, int fromYear, int toYear) {
        if (model.rows().stream().noneMatch(EditionModel.Row::needsReferenceAverage)) {
            return Map.of();
        }
        String provincePath = region.path().substring(0, region.path().indexOf('/', 1) + 1);
        return averages.of(
                basis, model.edition().code(), provincePath, ProvinceAverages.depth(region.path()), fromYear, toYear);
    }
}
