package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Terrain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Facts} (mainly for callers assembling facts and for tests); anything not set stays null or empty. */
public final class FactsBuilder {
    private Double value;
    private Boolean flag;
    private final Map<String, Double> parts = new LinkedHashMap<>();
    private Double previousValue;
    private final Map<String, Double> previousParts = new LinkedHashMap<>();
    private Double baselineValue;
    private Double referenceAverage;
    private String referenceSource;
    private Terrain terrain;
    private String unit;
    private Attainment judgement;
    private String judgementReason;
    private String grade;
    private List<String> gradeScale = List.of();

    FactsBuilder() {}

    public FactsBuilder value(Double value) {
        this.value = value;
        return this;
    }

    public FactsBuilder flag(Boolean flag) {
        this.flag = flag;
        return this;
    }

    public FactsBuilder part(String key, Double value, Double previousValue) {
        parts.put(key, value);
        previousParts.put(key, previousValue);
        return this;
    }

    public FactsBuilder previousValue(Double previousValue) {
        this.previousValue = previousValue;
        return this;
    }

    public FactsBuilder baselineValue(Double baselineValue) {
        this.baselineValue = baselineValue;
        return this;
    }

    public FactsBuilder referenceAverage(Double average, String source) {
        this.referenceAverage = average;
        this.referenceSource = source;
        return this;
    }

    public FactsBuilder terrain(Terrain terrain) {
        this.terrain = terrain;
        return this;
    }

    public FactsBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public FactsBuilder judgement(Attainment judgement, String reason) {
        this.judgement = judgement;
        this.judgementReason = reason;
        return this;
    }

    /** GRADE indicators: the grade entered (or null) and the indicator's grades, best first. */
    public FactsBuilder grade(String grade, List<String> scale) {
        this.grade = grade;
        this.gradeScale = scale == null ? List.of() : scale;
        return this;
    }

    public Facts build() {
        return new Facts(
                value,
                flag,
                parts,
                previousValue,
                previousParts,
                baselineValue,
                referenceAverage,
                referenceSource,
                terrain,
                unit,
                judgement,
                judgementReason,
                grade,
                gradeScale);
    }
}
