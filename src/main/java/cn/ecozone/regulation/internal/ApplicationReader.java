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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code application} section. */
final class ApplicationReader {

    private ApplicationReader() {}

    static ApplicationRules application(YamlFields f) {
        f.allowOnly("window", "chains", "materials", "eligibility", "exclusions", "review", "publicity");
        YamlFields w = f.mapping("window");
        w.allowOnly(with("kind", "text_zh", "yearly"));
        var window = new ApplicationRules.Window(
                w.enumValue("kind", ApplicationRules.WindowKind.class),
                w.string("text_zh", 1000),
                citation(w),
                yearly(w.optionalMapping("yearly")));
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
            m.allowOnly(with(
                    "code",
                    "name_zh",
                    "rule_zh",
                    "approx_characters",
                    "min_count",
                    "approx_size_mb",
                    "tolerance",
                    "from_plan"));
            String code = m.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(m, code, materialCodes);
            return new ApplicationRules.Material(
                    code,
                    m.string("name_zh", 300),
                    m.optionalString("rule_zh", 1000),
                    m.optionalPositiveInteger("approx_characters"),
                    m.optionalPositiveInteger("min_count"),
                    m.optionalPositiveInteger("approx_size_mb"),
                    citation(m),
                    tolerance(m.optionalMapping("tolerance")),
                    m.flag("from_plan"));
        });
        var exclusions = ExclusionsReader.exclusions(f.mapping("exclusions"));
        YamlFields r = f.mapping("review");
        r.allowOnly(with("method", "text_zh", "criteria", "scoring", "recusal", "grading"));
        var review = new ApplicationRules.Review(
                r.enumValue("method", ApplicationRules.ReviewMethod.class),
                r.string("text_zh", 1000),
                citation(r),
                RegulationReader.rules(r, "criteria"),
                scoring(r.optionalMapping("scoring")),
                recusal(r.optionalMapping("recusal")),
                grading(r.optionalMapping("grading")));
        Set<String> publicityCodes = new HashSet<>();
        List<ApplicationRules.Publicity> publicity = list(f, "publicity", p -> {
            p.allowOnly(with(
                    "code",
                    "by",
                    "where_zh",
                    "working_days",
                    "minimum",
                    "counting",
                    "complaints_investigated_by",
                    "complaints_delegable_to",
                    "complaint_deadline"));
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
                    citation(p),
                    complaintDeadline(p.optionalMapping("complaint_deadline")),
                    p.optionalEnum("complaints_delegable_to", Body.class));
        });
        Set<String> automatic = new LinkedHashSet<>();
        Set<String> conditionCodes = new HashSet<>();
        List<ApplicationRules.Rule> eligibility = list(f, "eligibility", c -> {
            c.allowOnly(with("code", "text_zh", "automatic"));
            String code = c.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(c, code, conditionCodes);
            if (c.flag("automatic")) {
                automatic.add(code);
            }
            return new ApplicationRules.Rule(code, c.string("text_zh", 1000), citation(c));
        });
        return new ApplicationRules(
                window, chains, materials, eligibility, exclusions, review, publicity, Set.copyOf(automatic));
    }

    /**
     * {@code scoring: {max_per_criterion, aggregation, trim_from, spread_threshold}} with its citation,
     * or null: a positive scale, a trimmed mean from at least 3 scores, a spread within the scale.
     */
    private static ApplicationRules.Scoring scoring(YamlFields s) {
        if (s == null) {
            return null;
        }
        s.allowOnly(with("max_per_criterion", "aggregation", "trim_from", "spread_threshold"));
        java.math.BigDecimal max = ExclusionsReader.number(s, "max_per_criterion");
        if (max.signum() <= 0) {
            throw s.error("max_per_criterion", "a scale above 0");
        }
        var aggregation = s.enumValue("aggregation", ApplicationRules.Aggregation.class);
        int trimFrom = 0;
        if (aggregation == ApplicationRules.Aggregation.TRIMMED_MEAN) {
            trimFrom = s.positiveInteger("trim_from");
            if (trimFrom < 3) {
                throw s.error("trim_from", "dropping the highest and the lowest needs at least 3 scores");
            }
        } else if (s.has("trim_from")) {
            throw s.error("trim_from", "only a TRIMMED_MEAN drops scores");
        }
        java.math.BigDecimal spread = ExclusionsReader.number(s, "spread_threshold");
        if (spread.signum() < 0 || spread.compareTo(max) > 0) {
            throw s.error("spread_threshold", "a spread from 0 to the scale's top");
        }
        return new ApplicationRules.Scoring(max, aggregation, trimFrom, spread, citation(s));
    }

    /**
     * {@code grading: {bands: [{code, name_zh, min_score}]}} with its citation, or null: at least two
     * bands, codes unique, minimums strictly descending, the last one 0.
     */
    private static ApplicationRules.Grading grading(YamlFields g) {
        if (g == null) {
            return null;
        }
        g.allowOnly(with("bands"));
        Set<String> codes = new HashSet<>();
        List<ApplicationRules.Band> bands = list(g, "bands", b -> {
            b.allowOnly("code", "name_zh", "min_score");
            String code = b.code("code", RegulationReader.RULE_CODE, 40);
            RegulationReader.unique(b, code, codes);
            java.math.BigDecimal min = ExclusionsReader.number(b, "min_score");
            if (min.signum() < 0) {
                throw b.error("min_score", "a minimum of 0 or more");
            }
            return new ApplicationRules.Band(code, b.string("name_zh", 20), min);
        });
        if (bands.size() < 2) {
            throw g.error("bands", "name at least two grades");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).minScore().compareTo(bands.get(i - 1).minScore()) >= 0) {
                throw g.error(
                        "bands",
                        "grades go from the highest minimum down: '"
                                + bands.get(i).code() + "'");
            }
        }
        if (bands.getLast().minScore().signum() != 0) {
            throw g.error("bands", "the lowest grade starts at 0");
        }
        return new ApplicationRules.Grading(bands, citation(g));
    }

    /** {@code recusal: {look_back_years}} with its citation, or null. */
    private static ApplicationRules.Recusal recusal(YamlFields r) {
        if (r == null) {
            return null;
        }
        r.allowOnly(with("look_back_years"));
        return new ApplicationRules.Recusal(r.positiveInteger("look_back_years"), citation(r));
    }

    /** {@code complaint_deadline: {suggested_working_days}} with its citation, or null. */
    private static ApplicationRules.ComplaintDeadline complaintDeadline(YamlFields d) {
        if (d == null) {
            return null;
        }
        d.allowOnly(with("suggested_working_days"));
        return new ApplicationRules.ComplaintDeadline(d.positiveInteger("suggested_working_days"), citation(d));
    }

    /** {@code yearly: {opens: "01-01", closes: "06-30", zone: Asia/Shanghai}}, or null. */
    private static ApplicationRules.YearlyPeriod yearly(YamlFields y) {
        if (y == null) {
            return null;
        }
        y.allowOnly("opens", "closes", "zone");
        try {
            var opens = java.time.MonthDay.parse("--" + y.string("opens", 5));
            var closes = java.time.MonthDay.parse("--" + y.string("closes", 5));
            if (closes.isBefore(opens)) {
                throw y.error("closes", "closes before it opens");
            }
            return new ApplicationRules.YearlyPeriod(opens, closes, java.time.ZoneId.of(y.string("zone", 40)));
        } catch (java.time.DateTimeException e) {
            throw y.errorHere("a month-day MM-dd and a zone such as Asia/Shanghai: " + e.getMessage());
        }
    }

    /** {@code tolerance: {percent: 20, article | silent, uncertain, note_zh}}, or null. */
    private static ApplicationRules.Tolerance tolerance(YamlFields t) {
        if (t == null) {
            return null;
        }
        t.allowOnly(with("percent"));
        int percent = t.positiveInteger("percent");
        if (percent >= 100) {
            throw t.error("percent", "a tolerance below 100 %");
        }
        return new ApplicationRules.Tolerance(percent, citation(t));
    }
}
