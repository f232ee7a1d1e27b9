package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Terrain;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known for one region, indicator and year. Any field may be null or empty; null maps become empty maps.
 *
 * @param value the number (percentages as 0–100), null if no value
 * @param flag yes/no indicators
 * @param parts ALL_OF rows: part key to value
 * @param previousValue same indicator, previous year
 * @param previousParts ALL_OF rows, previous year
 * @param baselineValue for CHANGE_ABOVE against a baseline year
 * @param referenceAverage ABOVE_REFERENCE_AVERAGE: this year's average of the reference set
 * @param referenceSource {@link #COMPUTED} (from held values) or {@link #PUBLISHED} (entered)
 * @param terrain the region's terrain class
 * @param unit the indicator's unit, e.g. "%"; null, blank or "-" for none
 * @param judgement MANUAL: a reviewer's MET/NOT_MET, or null
 * @param judgementReason the reviewer's reason
 * @param grade GRADE indicators: the grade entered, or null
 * @param gradeScale GRADE indicators: the indicator's grades, best first; empty for other types
 */
public record Facts(
        Double value,
        Boolean flag,
        Map<String, Double> parts,
        Double previousValue,
        Map<String, Double> previousParts,
        Double baselineValue,
        Double referenceAverage,
        String referenceSource,
        Terrain terrain,
        String unit,
        Attainment judgement,
        String judgementReason,
        String grade,
        List<String> gradeScale) {

    /** {@link #referenceSource}: the average was computed from the values held for the province's regions. */
    public static final String COMPUTED = "COMPUTED";

    /** {@link #referenceSource}: the average was entered as the value the province published. */
    public static final String PUBLISHED = "PUBLISHED";

    public Facts {
        parts = copy(parts);
        previousParts = copy(previousParts);
        gradeScale = gradeScale == null ? List.of() : List.copyOf(gradeScale);
    }

    private static Map<String, Double> copy(Map<String, Double> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Nothing known. */
    public static Facts empty() {
        return builder().build();
    }

    public static FactsBuilder builder() {
        return new FactsBuilder();
    }

    /** The reserved ALL_OF part key that stands for the indicator's own value, see {@link #forPart}. */
    public static final String OWN_VALUE = "value";

    /**
     * The facts of one ALL_OF part: its value and previous value from {@link #parts} and {@link #previousParts}; the
     * reserved key {@link #OWN_VALUE} ("value"), when absent from the parts, stands for the row's own value and previous
     * value (for rows such as "完成上级规定的考核任务，且≥90"). Flag, terrain, unit and judgement are shared with the whole
     * row; baseline and reference average are per indicator, so a part has none.
     */
    public Facts forPart(String key) {
        boolean own = OWN_VALUE.equals(key) && !parts.containsKey(key);
        return new Facts(
                own ? value : parts.get(key),
                flag,
                Map.of(),
                own ? previousValue : previousParts.get(key),
                Map.of(),
                null,
                null,
                null,
                terrain,
                unit,
                judgement,
                judgementReason,
                grade,
                gradeScale);
    }
}
