package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Region;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summaries (indicators met, applicable, score) of many regions and years from one streaming
 * read ({@link RegionValueReader}): a ranking, or the whole country (issue 10). Judges every cell as
 * {@link ScorecardBuilder} does (the same facts, usability and applicability) reading only each
 * outcome's verdict, so no reason is built ({@link cn.ecozone.indicator.target.Outcome#reason()} is
 * built when asked for), and a region's summary equals its scorecard's.
 */
@Component
public class RegionSummaries {

    /**
     * A region's summary for one year; {@code score} is null when no indicator applies; {@code held}
     * is false when the region holds no usable value that year (it has no data, issue 14 §8).
     */
    public record Summary(int met, int applicable, Double score, boolean held) {}

    private final RegionValueReader reader;
    private final JsonMapper json;

    public RegionSummaries(RegionValueReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /**
     * Preconditions: every region lies under {@code under} (a bound path pattern such as {@code
     * /52/%}) and {@code from <= to} lie in the edition's years.
     *
     * @param regions the regions to judge by code; values of other regions under the path are skipped
     * @param averages the reference averages of a region in a year, by indicator code
     * @return per region (in the order of {@code regions}) its summaries of the years {@code from} to {@code to}
     */
    public Map<String, Summary[]> evaluate(
            EditionModel model,
            Map<String, Region> regions,
            String under,
            int from,
            int to,
            BiFunction<Region, Integer, Map<String, ReferenceAverage>> averages) {
        return evaluate(
                model,
                regions,
                from,
                to,
                averages,
                (baseline, readFrom, sink) ->
                        reader.forEach(model.edition().code(), under, baseline, readFrom, to, sink));
    }

    /**
     * As {@link #evaluate(EditionModel, Map, String, int, int, BiFunction)}, reading only the values
     * of {@code regions} themselves by their codes (a ranking of a region's children: a few regions,
     * where a path would read their descendants' values too); by the path {@code under} when there
     * are more than {@link RegionValueReader#MAX_CODES}.
     */
    public Map<String, Summary[]> evaluateOnly(
            EditionModel model,
            Map<String, Region> regions,
            String under,
            int from,
            int to,
            BiFunction<Region, Integer, Map<String, ReferenceAverage>> averages) {
        if (regions.isEmpty() || regions.size() > RegionValueReader.MAX_CODES) {
            return evaluate(model, regions, under, from, to, averages);
        }
        return evaluate(
                model,
                regions,
                from,
                to,
                averages,
                (baseline, readFrom, sink) ->
                        reader.forEachOf(model.edition().code(), regions.keySet(), baseline, readFrom, to, sink));
    }

    /** Reads the values of the baseline year and of the years from {@code readFrom} on into {@code sink}. */
    private interface ValueSource {
        void read(int baseline, int readFrom, Consumer<ValueRow> sink);
    }

    private Map<String, Summary[]> evaluate(
            EditionModel model,
            Map<String, Region> regions,
            int from,
            int to,
            BiFunction<Region, Integer, Map<String, ReferenceAverage>> averages,
            ValueSource source) {
        int first = model.edition().firstYear();
        int readFrom = Math.max(first, from - 1);
        Map<String, Integer> rowIndex = new HashMap<>();
        List<EditionModel.Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            rowIndex.put(rows.get(i).code(), i);
        }
        // per region: [row][slot], slot 0 the baseline (first) year, slot 1 + (year - readFrom) the
        // others; each value checked and its parts parsed once, here, whatever roles it then plays
        Map<String, UsableValue[][]> held = new HashMap<>();
        int slots = to - readFrom + 2;
        var last = new Object() {
            String code;
            UsableValue[][] cells;
        };
        source.read(first, readFrom, v -> {
            Integer row = rowIndex.get(v.indicatorCode());
            if (row == null) {
                return;
            }
            // the rows of a region mostly come together: one look-up per region, not per value
            if (!v.regionCode().equals(last.code)) {
                last.code = v.regionCode();
                last.cells = regions.containsKey(last.code)
                        ? held.computeIfAbsent(last.code, r -> new UsableValue[rows.size()][slots])
                        : null;
            }
            if (last.cells == null) {
                return;
            }
            UsableValue usable = UsableValue.of(rows.get(row), v, json);
            if (v.year() == first) {
                last.cells[row][0] = usable;
            }
            if (v.year() >= readFrom) {
                last.cells[row][1 + v.year() - readFrom] = usable;
            }
        });
        UsableValue[][] none = new UsableValue[rows.size()][slots];
        Map<String, Summary[]> result = new LinkedHashMap<>();
        for (Region region : regions.values()) {
            UsableValue[][] cells = held.getOrDefault(region.code(), none);
            Summary[] years = new Summary[to - from + 1];
            for (int year = from; year <= to; year++) {
                int previous = year - 1 >= readFrom ? 1 + year - 1 - readFrom : -1;
                years[year - from] =
                        summary(model, region, cells, 1 + year - readFrom, previous, averages.apply(region, year));
            }
            result.put(region.code(), years);
        }
        return result;
    }

    private Summary summary(
            EditionModel model,
            Region region,
            UsableValue[][] cells,
            int current,
            int previous,
            Map<String, ReferenceAverage> averages) {
        int met = 0, applicable = 0;
        boolean held = false;
        double weightMet = 0, weightAll = 0;
        List<EditionModel.Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            EditionModel.Row row = rows.get(i);
            held |= cells[i][current] != null;
            if (row.applies() != null && !row.applies().appliesTo(region)) {
                continue;
            }
            UsableValue prev = previous < 0 ? null : cells[i][previous];
            Attainment status = row.target()
                    .evaluate(HeldFacts.of(row, cells[i][current], prev, cells[i][0], averages.get(row.code()), region))
                    .status();
            if (status == Attainment.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            double weight = row.weight() == null ? 1 : row.weight();
            weightAll += weight;
            if (status == Attainment.MET) {
                met++;
                weightMet += weight;
            }
        }
        Double score = applicable == 0
                ? null
                : Math.round(("WEIGHTED".equals(model.edition().scoreMethod())
                                        ? weightMet / weightAll
                                        : (double) met / applicable)
                                * 1000)
                        / 10.0;
        return new Summary(met, applicable, score, held);
    }
}
