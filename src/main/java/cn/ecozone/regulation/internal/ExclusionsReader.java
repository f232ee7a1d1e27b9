package cn.ecozone.regulation.internal;

import static cn.ecozone.regulation.internal.RegulationReader.citation;
import static cn.ecozone.regulation.internal.RegulationReader.list;
import static cn.ecozone.regulation.internal.RegulationReader.with;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.shared.yaml.YamlFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code application.exclusions}: the look-back years, the window rule, and the items with their
 * parameters (what the words mean in register terms) and province settings (thresholds the rules do not
 * give).
 */
final class ExclusionsReader {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> UNITS = Set.of("PERCENT", "COUNT");

    private ExclusionsReader() {}

    static ApplicationRules.Exclusions exclusions(YamlFields e) {
        e.allowOnly(with("look_back_years", "window", "items"));
        Integer years = e.optionalPositiveInteger("look_back_years");
        YamlFields w = e.optionalMapping("window");
        ApplicationRules.WindowRule window = null;
        if (w != null) {
            w.allowOnly(with("text_zh"));
            window = new ApplicationRules.WindowRule(w.string("text_zh", 1000), citation(w));
        }
        List<ApplicationRules.ExclusionParameter> parameters = new ArrayList<>();
        List<ApplicationRules.ExclusionSetting> settings = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<ApplicationRules.Rule> items = list(e, "items", r -> {
            r.allowOnly(with("code", "text_zh", "parameters", "settings"));
            String code = r.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(r, code, codes);
            Set<String> keys = new HashSet<>();
            parameters.addAll(list(r, "parameters", p -> parameter(code, p, keys)));
            settings.addAll(list(r, "settings", s -> setting(code, s, keys)));
            return new ApplicationRules.Rule(code, r.string("text_zh", 1000), citation(r));
        });
        return new ApplicationRules.Exclusions(
                years, citation(e), items, window, List.copyOf(parameters), List.copyOf(settings));
    }

    private static ApplicationRules.ExclusionParameter parameter(String item, YamlFields p, Set<String> keys) {
        p.allowOnly(with("key", "values", "text_zh"));
        String key = key(p, keys);
        List<String> values = p.stringList("values", 100);
        if (values == null || values.isEmpty()) {
            throw p.error("values", "name at least one value");
        }
        return new ApplicationRules.ExclusionParameter(item, key, values, p.string("text_zh", 500), citation(p));
    }

    private static ApplicationRules.ExclusionSetting setting(String item, YamlFields s, Set<String> keys) {
        s.allowOnly(with("key", "text_zh", "unit", "suggested", "min", "max"));
        String key = key(s, keys);
        String unit = s.string("unit", 20);
        if (!UNITS.contains(unit)) {
            throw s.error("unit", "unknown value '" + unit + "' (expected one of COUNT, PERCENT)");
        }
        BigDecimal min = number(s, "min");
        BigDecimal max = number(s, "max");
        BigDecimal suggested = number(s, "suggested");
        if (min.compareTo(max) > 0) {
            throw s.error("min", "is above max");
        }
        if (suggested.compareTo(min) < 0 || suggested.compareTo(max) > 0) {
            throw s.error("suggested", "lies outside min..max");
        }
        var citation = citation(s);
        if (citation.noteZh() == null) {
            throw s.error("note_zh", "a province setting needs a note saying that the province sets it");
        }
        return new ApplicationRules.ExclusionSetting(
                item, key, s.string("text_zh", 500), unit, suggested, min, max, citation);
    }

    private static String key(YamlFields f, Set<String> keys) {
        String key = f.code("key", KEY, 40);
        if (!keys.add(key)) {
            throw f.error("key", "'" + key + "' is used twice");
        }
        return key;
    }

    static BigDecimal number(YamlFields f, String key) {
        Double value = f.optionalNumber(key);
        if (value == null) {
            throw f.error(key, "required field is missing");
        }
        return BigDecimal.valueOf(value);
    }
}
