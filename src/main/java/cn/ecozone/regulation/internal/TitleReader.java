package cn.ecozone.regulation.internal;

import static cn.ecozone.regulation.internal.RegulationReader.citation;
import static cn.ecozone.regulation.internal.RegulationReader.list;
import static cn.ecozone.regulation.internal.RegulationReader.unique;
import static cn.ecozone.regulation.internal.RegulationReader.with;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.yaml.YamlFields;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code title} section: validity, the 满N年 rule, checks with their paths, sanctions, enforcement, duties. */
final class TitleReader {

    private static final Pattern MONTH_DAY = Pattern.compile("[01][0-9]-[0-3][0-9]");

    private TitleReader() {}

    static TitleRules title(YamlFields f) {
        f.allowOnly("validity", "anniversary", "checks", "sanctions", "enforcement", "duties");
        YamlFields v = f.mapping("validity");
        v.allowOnly(with("years"));
        Integer years = v.optionalPositiveInteger("years");
        Citation validity = citation(v);
        if (years == null && !validity.silent()) {
            throw v.error("years", "required field is missing (or mark the validity silent: true with a note)");
        }
        Set<String> checkCodes = new HashSet<>();
        List<TitleRules.Check> checks = list(f, "checks", c -> check(c, checkCodes));
        Set<String> sanctionCodes = new HashSet<>();
        List<TitleRules.Sanction> sanctions = list(f, "sanctions", s -> {
            s.allowOnly(with("code", "consequence", "by", "text_zh"));
            String code = s.code("code", RegulationReader.RULE_CODE, 40);
            unique(s, code, sanctionCodes);
            return new TitleRules.Sanction(
                    code,
                    s.enumValue("consequence", TitleRules.Consequence.class),
                    s.enumValue("by", Body.class),
                    s.string("text_zh", 1000),
                    citation(s));
        });
        TitleRules.Anniversary anniversary = anniversary(f.optionalMapping("anniversary"));
        if (anniversary == null
                && checks.stream()
                        .anyMatch(c -> c.afterYears() != null && !c.paths().isEmpty())) {
            throw f.error("anniversary", "a check due after N years needs the rule that counts 满N年");
        }
        Set<String> dutyCodes = new HashSet<>();
        return new TitleRules(
                new TitleRules.Validity(years, validity),
                anniversary,
                checks,
                sanctions,
                enforcement(f.optionalMapping("enforcement")),
                list(f, "duties", d -> RegulationReader.duty(d, dutyCodes)));
    }

    private static TitleRules.Check check(YamlFields c, Set<String> seen) {
        c.allowOnly(with("code", "kind", "by", "to", "after_years", "every_years", "text_zh", "due", "steps", "paths"));
        String code = c.code("code", RegulationReader.RULE_CODE, 40);
        unique(c, code, seen);
        if (c.has("steps") && c.has("paths")) {
            throw c.error("paths", "give either steps (for every subject level) or paths (per level), not both");
        }
        List<PlanRules.Path> paths;
        if (c.has("steps")) {
            List<Step> steps = PlanReader.steps(c, "steps");
            paths = EnumSet.allOf(RegionLevel.class).stream()
                    .map(level -> new PlanRules.Path(level, steps))
                    .toList();
        } else {
            Set<RegionLevel> levels = EnumSet.noneOf(RegionLevel.class);
            paths = list(c, "paths", p -> {
                p.allowOnly("subject_level", "steps");
                RegionLevel level = p.enumValue("subject_level", RegionLevel.class);
                if (!levels.add(level)) {
                    throw p.error("subject_level", "a second path for " + level);
                }
                return new PlanRules.Path(level, PlanReader.steps(p, "steps"));
            });
        }
        return new TitleRules.Check(
                code,
                c.enumValue("kind", TitleRules.CheckKind.class),
                c.enumValue("by", Body.class),
                c.optionalEnum("to", Body.class),
                c.optionalPositiveInteger("after_years"),
                c.optionalPositiveInteger("every_years"),
                c.string("text_zh", 1000),
                citation(c),
                due(c.optionalMapping("due")),
                paths);
    }

    private static TitleRules.Due due(YamlFields d) {
        if (d == null) {
            return null;
        }
        d.allowOnly(with("month_day"));
        String text = d.code("month_day", MONTH_DAY, 5);
        try {
            return new TitleRules.Due(MonthDay.parse("--" + text), citation(d));
        } catch (DateTimeException e) {
            throw d.error("month_day", "not a day of the year (MM-dd): " + text);
        }
    }

    private static TitleRules.Anniversary anniversary(YamlFields a) {
        if (a == null) {
            return null;
        }
        a.allowOnly(with("rule", "text_zh"));
        return new TitleRules.Anniversary(
                a.enumValue("rule", TitleRules.AnniversaryRule.class), a.string("text_zh", 1000), citation(a));
    }

    private static TitleRules.Enforcement enforcement(YamlFields e) {
        if (e == null) {
            return null;
        }
        e.allowOnly("proposal", "rectification_order", "rectification", "warning", "revocation");
        List<Step> proposal = PlanReader.steps(e, "proposal");
        List<Step> rectification = PlanReader.steps(e, "rectification");
        if (proposal.isEmpty()) {
            throw e.error("proposal", "name the steps that decide a proposal");
        }
        if (rectification.isEmpty()) {
            throw e.error("rectification", "name the steps a rectification runs on");
        }
        return new TitleRules.Enforcement(
                proposal,
                measure(e.mapping("rectification_order"), true),
                rectification,
                measure(e.mapping("warning"), true),
                measure(e.mapping("revocation"), false));
    }

    private static TitleRules.Measure measure(YamlFields m, boolean withPeriod) {
        m.allowOnly(with("by", "text_zh", "period"));
        TitleRules.Period period = null;
        YamlFields p = m.optionalMapping("period");
        if (withPeriod && p == null) {
            throw m.error("period", "required field is missing: the period the subject is given");
        }
        if (!withPeriod && p != null) {
            throw m.error("period", "this measure gives no period");
        }
        if (p != null) {
            p.allowOnly(with("suggested_working_days"));
            period = new TitleRules.Period(p.positiveInteger("suggested_working_days"), citation(p));
        }
        return new TitleRules.Measure(m.enumValue("by", Body.class), m.string("text_zh", 1000), period, citation(m));
    }
}
