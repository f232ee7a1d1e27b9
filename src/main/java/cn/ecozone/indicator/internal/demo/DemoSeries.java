package cn.ecozone.indicator.internal.demo;

import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.target.AllOf;
import cn.ecozone.indicator.target.AtMost;
import cn.ecozone.indicator.target.Comparison;
import cn.ecozone.indicator.target.LessThan;
import cn.ecozone.indicator.target.Manual;
import cn.ecozone.region.RegionLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo values of one region against one edition, 2020–2025: pure, Spring-free and deterministic.
 *
 * <p>Every series draws from its own {@link Random} seeded with {@link #SEED} and the edition, region and indicator
 * codes ({@link String#hashCode()} is specified, so the seed is the same on every JVM): a region's values do not
 * depend on which other regions were generated, or in which order. Each region also draws a <em>pace</em> (ahead of,
 * on, or behind the average trend, or slipping back) shared by all its series; region-wide (province) series use pace
 * 1.
 *
 * <p>Types follow the edition: percentages stay within 0–100, yes/no rows get flags, {@code ALL_OF} rows get their
 * parts under the part keys of the edition; {@code MANUAL} rows (a reviewer's judgement) and rows that do not apply to
 * the region's level get nothing. Rows without a profile get a generic series of their type (toward the threshold
 * for a comparison).
 */
public final class DemoSeries {

    /** The constant seed of all demo data (the date of the Beautiful Inner Mongolia opinion, 2024-08-13). */
    public static final long SEED = 20_240_813L;

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2025;

    public static final String GUIZHOU = "GZ-2SZS-2021";
    public static final String INNER_MONGOLIA = "BIM-2024";

    private DemoSeries() {}

    /**
     * One generated value: a number, a flag or parts, as the indicator's type requires.
     *
     * @param parts ALL_OF rows: part key to value, in the edition's part order; otherwise null
     */
    public record Cell(String indicator, int year, Double number, Boolean flag, Map<String, Double> parts) {}

    /** The region's values 2020–2025 for every applicable, non-manual indicator of the edition. */
    public static List<Cell> generate(EditionModel model, String regionCode, RegionLevel level) {
        String edition = model.edition().code();
        double pace = level == RegionLevel.PROVINCE ? 1 : pace(edition, regionCode);
        List<Cell> cells = new ArrayList<>();
        for (EditionModel.Row row : model.rows()) {
            if (row.target() instanceof Manual
                    || (row.applies() != null && !row.applies().appliesTo(level, null))) {
                continue;
            }
            Random random = random(edition, regionCode, row.code());
            if (row.target() instanceof AllOf allOf) {
                List<double[]> parts = new ArrayList<>();
                for (AllOf.Part part : allOf.parts()) {
                    Series.Numbers numbers = numbers(edition, row.code() + "/" + part.key(), regionCode, level);
                    parts.add((numbers == null ? Series.steadyArea(50, 500, 0.1) : numbers).draw(random, pace));
                }
                for (int t = 0; t < Series.YEARS; t++) {
                    Map<String, Double> byKey = new LinkedHashMap<>();
                    for (int p = 0; p < parts.size(); p++) {
                        byKey.put(allOf.parts().get(p).key(), typed(row, parts.get(p)[t]));
                    }
                    cells.add(new Cell(row.code(), FIRST_YEAR + t, null, null, byKey));
                }
            } else if (row.valueType() == ValueType.YES_NO) {
                Series.Flags flags = edition.equals(GUIZHOU) ? GuizhouProfiles.FLAGS.get(row.code()) : null;
                boolean[] drawn = (flags == null ? Series.fromYear(0.7, LAST_YEAR) : flags).draw(random, pace);
                for (int t = 0; t < Series.YEARS; t++) {
                    cells.add(new Cell(row.code(), FIRST_YEAR + t, null, drawn[t], null));
                }
            } else {
                Series.Numbers numbers = numbers(edition, row.code(), regionCode, level);
                double[] drawn = (numbers == null ? generic(row) : numbers).draw(random, pace);
                for (int t = 0; t < Series.YEARS; t++) {
                    cells.add(new Cell(row.code(), FIRST_YEAR + t, typed(row, drawn[t]), null, null));
                }
            }
        }
        return cells;
    }

    /** The region's pace: 1.3–1.7 ahead (25%), 0.8–1.2 on track (40%), 0.2–0.6 behind (20%), −0.5…−0.1 back (15%). */
    static double pace(String edition, String regionCode) {
        Random random = random(edition, regionCode, "pace");
        double tier = random.nextDouble();
        if (tier < 0.25) {
            return Series.between(random, 1.3, 1.7);
        }
        if (tier < 0.65) {
            return Series.between(random, 0.8, 1.2);
        }
        if (tier < 0.85) {
            return Series.between(random, 0.2, 0.6);
        }
        return Series.between(random, -0.5, -0.1);
    }

    static Random random(String edition, String regionCode, String key) {
        return new Random(SEED * 1_000_003L + (edition + "/" + regionCode + "/" + key).hashCode());
    }

    private static Series.Numbers numbers(String edition, String key, String regionCode, RegionLevel level) {
        return switch (edition) {
            case GUIZHOU -> GuizhouProfiles.NUMBERS.get(key);
            case INNER_MONGOLIA ->
                level == RegionLevel.PROVINCE
                        ? InnerMongoliaProfiles.PROVINCE.get(key)
                        : InnerMongoliaProfiles.prefecture(key, regionCode);
            default -> null;
        };
    }

    /** A series of the row's type; for a comparison, from 15% on the wrong side of the threshold toward it. */
    private static Series.Numbers generic(EditionModel.Row row) {
        boolean percentage = row.valueType() == ValueType.PERCENTAGE;
        if (row.target() instanceof Comparison comparison && comparison.value() != 0) {
            double target = comparison.value();
            boolean lowerIsBetter = comparison instanceof AtMost || comparison instanceof LessThan;
            double start = target * (lowerIsBetter ? 1.15 : 0.85);
            int years = comparison.byYear() == null ? 10 : Math.max(1, comparison.byYear() - FIRST_YEAR);
            double spread = Math.abs(start) * 0.03;
            return Series.linear(
                    start - spread,
                    start + spread,
                    (target - start) / years,
                    Math.abs(target) * 0.005,
                    percentage ? 0 : -Double.MAX_VALUE,
                    percentage ? 100 : Double.MAX_VALUE,
                    2);
        }
        return percentage ? Series.linear(40, 90, 1, 1, 0, 100, 1) : Series.compound(10, 100, 0.03, 0.01, 0, 2);
    }

    /** Keeps percentages within 0–100. */
    private static double typed(EditionModel.Row row, double value) {
        return row.valueType() == ValueType.PERCENTAGE ? Math.clamp(value, 0, 100) : value;
    }
}
