package cn.ecozone.regulation.internal;

import static cn.ecozone.regulation.internal.RegulationReader.citation;
import static cn.ecozone.regulation.internal.RegulationReader.list;
import static cn.ecozone.regulation.internal.RegulationReader.with;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.shared.yaml.YamlFields;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code application} section. */
final class ApplicationReader {

    private ApplicationReader() {}

    static ApplicationRules application(YamlFields f) {
        f.allowOnly("window", "chains", "materials", "eligibility", "exclusions", "review", "publicity");
        YamlFields w = f.mapping("window");
        w.allowOnly(with("kind", "text_zh"));
        var window = new ApplicationRules.Window(
                w.enumValue("kind", ApplicationRules.WindowKind.class), w.string("text_zh", 1000), citation(w));
        Set<RegionLevel> levels = EnumSet.noneOf(RegionLevel.class);
        List<ApplicationRules.Chain> chains = list(f, "chains", c -> {
            c.allowOnly("subject_level", "steps");
            RegionLevel level = c.enumValue("subject_level", RegionLevel.class);
            if (!levels.add(level)) {
                throw c.error("subject_level", "a second chain for " + level);
            }
            return new ApplicationRules.Chain(level, PlanReader.steps(c, "steps"));
        });
        Set<String> materialCodes = new HashSet<>();
        List<ApplicationRules.Material> materials = list(f, "materials", m -> {
            m.allowOnly(with("code", "name_zh", "rule_zh", "approx_characters", "min_count", "approx_size_mb"));
            String code = m.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(m, code, materialCodes);
            return new ApplicationRules.Material(
                    code,
                    m.string("name_zh", 300),
                    m.optionalString("rule_zh", 1000),
                    m.optionalPositiveInteger("approx_characters"),
                    m.optionalPositiveInteger("min_count"),
                    m.optionalPositiveInteger("approx_size_mb"),
                    citation(m));
        });
        var exclusions = ExclusionsReader.exclusions(f.mapping("exclusions"));
        YamlFields r = f.mapping("review");
        r.allowOnly(with("method", "text_zh", "criteria"));
        var review = new ApplicationRules.Review(
                r.enumValue("method", ApplicationRules.ReviewMethod.class),
                r.string("text_zh", 1000),
                citation(r),
                RegulationReader.rules(r, "criteria"));
        Set<String> publicityCodes = new HashSet<>();
        List<ApplicationRules.Publicity> publicity = list(f, "publicity", p -> {
            p.allowOnly(with(
                    "code", "by", "where_zh", "working_days", "minimum", "counting", "complaints_investigated_by"));
            String code = p.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(p, code, publicityCodes);
            return new ApplicationRules.Publicity(
                    code,
                    p.enumValue("by", Body.class),
                    p.string("where_zh", 300),
                    p.positiveInteger("working_days"),
                    p.flag("minimum"),
                    p.enumValue("counting", Counting.class),
                    p.optionalEnum("complaints_investigated_by", Body.class),
                    citation(p));
        });
        return new ApplicationRules(
                window, chains, materials, RegulationReader.rules(f, "eligibility"), exclusions, review, publicity);
    }
}
