package cn.ecozone.indicator.edition;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import cn.ecozone.shared.yaml.YamlFields;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one indicator entry of an edition file (structure only; target kinds are checked later). */
final class IndicatorReader {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

    private IndicatorReader() {}

    static IndicatorDefinition read(YamlFields f, String groupCode, List<RegionLevel> editionLevels) {
        f.allowOnly(
                "code",
                "number",
                "name_zh",
                "name_en",
                "unit",
                "value_type",
                "binding",
                "definition_zh",
                "applies",
                "target_text_zh",
                "target",
                "uncertain",
                "weight",
                "grades",
                "range",
                "source");
        Integer number = f.optionalInteger("number");
        if (number != null && number < 1) {
            throw f.error("number", "must be 1 or more");
        }
        Double weight = f.optionalNumber("weight");
        if (weight != null && weight <= 0) {
            throw f.error("weight", "must be greater than 0");
        }
        Boolean uncertain = f.optionalBoolean("uncertain");
        ValueType valueType = f.enumValue("value_type", ValueType.class);
        List<String> grades = f.stringList("grades", 20);
        if (valueType == ValueType.GRADE && (grades == null || grades.size() < 2)) {
            throw f.error("grades", "a GRADE indicator needs at least two grades, best first, e.g. [优, 良, 中, 差]");
        }
        if (valueType != ValueType.GRADE && grades != null) {
            throw f.error("grades", "grades are only used with value_type GRADE");
        }
        return new IndicatorDefinition(
                f.code("code", CODE, 40),
                number,
                groupCode,
                f.string("name_zh", 200),
                f.string("name_en", 300),
                f.optionalString("unit", 40),
                valueType,
                f.enumValue("binding", Binding.class),
                f.optionalString("definition_zh", 2000),
                applicability(f.optionalMapping("applies"), editionLevels),
                f.string("target_text_zh", 300),
                target(f.mapping("target")),
                uncertain != null && uncertain,
                weight,
                f.string("source", 300),
                grades,
                range(f.optionalMapping("range")));
    }

    /** {@code range: {min: 0, max: 100}}: the bounds the source (or the method it cites) gives the value. */
    private static ValueRange range(YamlFields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly("min", "max");
        Double min = f.optionalNumber("min");
        Double max = f.optionalNumber("max");
        if (min == null || max == null) {
            throw f.error(min == null ? "min" : "max", "a range needs both min and max");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw f.error("max", "needs finite bounds with min ≤ max");
        }
        return new ValueRange(min, max);
    }

    private static Applicability applicability(YamlFields f, List<RegionLevel> editionLevels) {
        if (f == null) {
            return null;
        }
        f.allowOnly("levels", "terrains", "grassland", "coastal");
        List<RegionLevel> levels = f.enumList("levels", RegionLevel.class);
        if (levels != null) {
            for (int i = 0; i < levels.size(); i++) {
                if (!editionLevels.contains(levels.get(i))) {
                    throw f.error(
                            "levels[" + i + "]",
                            "'" + levels.get(i) + "' is not one of the edition's levels " + editionLevels);
                }
            }
        }
        List<Terrain> terrains = f.enumList("terrains", Terrain.class);
        if (terrains != null && terrains.contains(Terrain.UNKNOWN)) {
            throw f.error(
                    "terrains[" + terrains.indexOf(Terrain.UNKNOWN) + "]",
                    "UNKNOWN is what a region without a terrain has; it cannot restrict an indicator");
        }
        return new Applicability(levels, terrains, f.optionalBoolean("grassland"), f.optionalBoolean("coastal"));
    }

    /** The raw spec; only its shape is checked here: a mapping with a {@code kind} text. */
    private static Map<String, Object> target(YamlFields f) {
        Map<String, Object> spec = f.raw();
        Object kind = spec.get("kind");
        if (kind == null) {
            throw f.error("kind", "required field is missing");
        }
        if (!(kind instanceof String text) || text.isBlank()) {
            throw f.error("kind", "expected the name of a target kind, e.g. AT_LEAST, but found '" + kind + "'");
        }
        return spec;
    }
}
