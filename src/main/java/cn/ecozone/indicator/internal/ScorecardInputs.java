package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.target.Facts;
import cn.ecozone.region.Region;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads what scorecards need in a constant number of statements, however many indicators, regions or
 * years they cover: one for the held values, and for an edition with reference-average targets one
 * for the values they are computed from and one for the published averages. Each statement runs in
 * its own short transaction, so no connection is held while the scorecards are evaluated.
 */
@Component
public class ScorecardInputs {

    private final Values values;
    private final ReferenceValueReader numbers;
    private final ReferenceAverages published;

    ScorecardInputs(Values values, ReferenceValueReader numbers, ReferenceAverages published) {
        this.values = values;
        this.numbers = numbers;
        this.published = published;
    }

    /** Held values of one owner by year, then by indicator code. */
    public record Held(Map<Integer, Map<String, ValueEntity>> byYear) {

        /** No values held. */
        public static final Held NONE = new Held(Map.of());

        static Held of(Collection<ValueEntity> values) {
            return new Held(values.stream()
                    .collect(Collectors.groupingBy(
                            ValueEntity::year, Collectors.toMap(ValueEntity::indicatorCode, v -> v))));
        }

        /** The values of a year by indicator code; empty when none is held (or the year was not read). */
        public Map<String, ValueEntity> year(int year) {
            return byYear.getOrDefault(year, Map.of());
        }
    }

    /** A region's or unit's values ({@code unit} {@link ValueOwner#REGION_ITSELF} for the region) in the years. */
    public Held owner(String edition, String region, long unit, int fromYear, int toYear) {
        return Held.of(values.forOwner(edition, region, unit, fromYear, toYear));
    }

    /**
     * The reference averages ("超过当年度全省平均水平") for regions at {@code region}'s level in its
     * province, by year, then by indicator code: the province's published figure, else the average of
     * the regions' own usable values at that level (units' values never count).
     */
    public Map<Integer, Map<String, ReferenceAverage>> averages(
            EditionModel model, Region region, int fromYear, int toYear) {
        Map<String, EditionModel.Row> rows = model.rows().stream()
                .filter(EditionModel.Row::needsReferenceAverage)
                .collect(Collectors.toMap(EditionModel.Row::code, r -> r));
        if (rows.isEmpty()) {
            return Map.of();
        }
        String code = model.edition().code();
        String provincePath = region.path().substring(0, region.path().indexOf('/', 1) + 1);
        String province = provincePath.substring(1, provincePath.length() - 1);
        int depth = depth(region.path());
        Map<Integer, Map<String, ReferenceAverage>> averages = new HashMap<>();
        numbers.numbers(code, rows.keySet(), fromYear, toYear, provincePath + "%").stream()
                // a value that cannot be used (NaN, out of range) never poisons the province's average
                .filter(v ->
                        depth(v.regionPath()) == depth && StoredValues.usable(rows.get(v.indicatorCode()), v.number()))
                .collect(Collectors.groupingBy(
                        ReferenceValueReader.Number::year,
                        Collectors.groupingBy(
                                ReferenceValueReader.Number::indicatorCode,
                                Collectors.averagingDouble(ReferenceValueReader.Number::number))))
                .forEach((year, byCode) ->
                        byCode.forEach((indicator, average) -> averages.computeIfAbsent(year, y -> new HashMap<>())
                                .put(indicator, new ReferenceAverage(average, Facts.COMPUTED))));
        for (ReferenceAverageEntity p : published.published(code, province, fromYear, toYear)) {
            if (rows.containsKey(p.indicatorCode())) {
                averages.computeIfAbsent(p.year(), y -> new HashMap<>())
                        .put(p.indicatorCode(), new ReferenceAverage(p.average(), Facts.PUBLISHED));
            }
        }
        return averages;
    }

    private static int depth(String path) {
        return path.split("/").length;
    }
}
