package cn.ecozone.regulation.internal;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.PlanKind;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationStatus;
import cn.ecozone.regulation.TypicalCaseRules;
import cn.ecozone.regulation.UnitKind;
import cn.ecozone.shared.yaml.YamlFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Builds a {@link Regulation} from a parsed YAML document, checking structure and citations. */
final class RegulationReader {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final Pattern JURISDICTION = Pattern.compile("[1-9][0-9]{5}");
    /** An article such as 第六条, 第3条 or 第十条（三）. */
    static final Pattern ARTICLE = Pattern.compile("第[0-9一二三四五六七八九十百零]+条.*");

    static final String[] CITED = {"article", "uncertain", "silent", "note_zh"};

    private RegulationReader() {}

    static Regulation read(YamlFields f) {
        f.allowOnly(
                "code",
                "version",
                "status",
                "programme",
                "jurisdiction",
                "title_zh",
                "issuer_zh",
                "document_zh",
                "in_force",
                "source",
                "who",
                "plan",
                "application",
                "title",
                "typical_cases",
                "indicators");
        YamlFields inForce = f.mapping("in_force");
        inForce.allowOnly(with("date"));
        return new Regulation(
                f.code("code", CODE, 40),
                f.positiveInteger("version"),
                f.enumValue("status", RegulationStatus.class),
                f.enumValue("programme", Programme.class),
                f.code("jurisdiction", JURISDICTION, 6),
                f.string("title_zh", 200),
                f.string("issuer_zh", 200),
                f.string("document_zh", 300),
                inForce.optionalDate("date"),
                citation(inForce),
                f.string("source", 500),
                who(f.mapping("who")),
                PlanReader.plan(f.mapping("plan")),
                ApplicationReader.application(f.mapping("application")),
                TitleReader.title(f.mapping("title")),
                typicalCases(f.optionalMapping("typical_cases")),
                list(f, "indicators", RegulationReader::indicator));
    }

    /** The citation keys plus {@code keys}, for {@link YamlFields#allowOnly}. */
    static String[] with(String... keys) {
        return Stream.concat(Stream.of(keys), Stream.of(CITED)).toArray(String[]::new);
    }

    /**
     * Reads the citation of a rule: an {@code article}, or {@code silent: true} with a note when the
     * source says nothing; {@code uncertain: true} needs a note too.
     */
    static Citation citation(YamlFields f) {
        boolean silent = f.flag("silent");
        boolean uncertain = f.flag("uncertain");
        String note = f.optionalString("note_zh", 1000);
        if (silent) {
            if (f.has("article")) {
                throw f.error("article", "a silent rule has no article (remove silent or the article)");
            }
            if (note == null) {
                throw f.error("note_zh", "a silent rule needs a note saying what the source leaves open");
            }
            return new Citation(null, uncertain, true, note);
        }
        if (!f.has("article")) {
            throw f.error(
                    "article",
                    "required field is missing: every rule names the article it comes from"
                            + " (or is marked silent: true with a note)");
        }
        String article = f.code("article", ARTICLE, 60);
        if (uncertain && note == null) {
            throw f.error("note_zh", "an uncertain rule needs a note saying what is uncertain");
        }
        return new Citation(article, uncertain, false, note);
    }

    static <T> List<T> list(YamlFields parent, String key, Function<YamlFields, T> reader) {
        List<T> result = new ArrayList<>();
        for (YamlFields item : parent.mappings(key)) {
            result.add(reader.apply(item));
        }
        return List.copyOf(result);
    }

    /** Checks that {@code code} is unique among {@code seen}; reports at the item's code field. */
    static void unique(YamlFields item, String code, Set<String> seen) {
        if (!seen.add(code)) {
            throw item.error("code", "'" + code + "' is used twice");
        }
    }

    static List<ApplicationRules.Rule> rules(YamlFields parent, String key) {
        Set<String> seen = new HashSet<>();
        return list(parent, key, r -> {
            r.allowOnly(with("code", "text_zh"));
            String code = r.code("code", RULE_CODE, 40);
            unique(r, code, seen);
            return new ApplicationRules.Rule(code, r.string("text_zh", 1000), citation(r));
        });
    }

    private static Regulation.Who who(YamlFields f) {
        f.allowOnly("subject_levels", "other_subjects", "construction_units");
        List<Regulation.SubjectLevel> levels = list(f, "subject_levels", s -> {
            s.allowOnly(with("level", "name_zh"));
            return new Regulation.SubjectLevel(
                    s.enumValue("level", RegionLevel.class), s.string("name_zh", 200), citation(s));
        });
        if (levels.isEmpty()) {
            throw f.error("subject_levels", "name at least one subject level");
        }
        return new Regulation.Who(
                levels,
                list(f, "other_subjects", s -> {
                    s.allowOnly(with("name_zh"));
                    return new Regulation.OtherSubject(s.string("name_zh", 200), citation(s));
                }),
                list(f, "construction_units", u -> {
                    u.allowOnly(with("kind", "name_zh"));
                    return new Regulation.Unit(
                            u.enumValue("kind", UnitKind.class), u.string("name_zh", 200), citation(u));
                }));
    }

    private static TypicalCaseRules typicalCases(YamlFields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(with("every_years", "text_zh", "steps", "criteria", "recommenders"));
        return new TypicalCaseRules(
                f.optionalPositiveInteger("every_years"),
                f.string("text_zh", 1000),
                citation(f),
                PlanReader.steps(f, "steps"),
                rules(f, "criteria"),
                recommenders(f.optionalMapping("recommenders")));
    }

    private static TypicalCaseRules.Recommenders recommenders(YamlFields f) {
        if (f == null) {
            return null;
        }
        f.allowOnly(with("who", "text_zh"));
        return new TypicalCaseRules.Recommenders(
                f.enumValue("who", TypicalCaseRules.RecommenderScope.class), f.string("text_zh", 500), citation(f));
    }

    private static Regulation.IndicatorRule indicator(YamlFields f) {
        f.allowOnly(with("subject_level", "edition", "text_zh", "years", "all_met_required", "blocks_without_edition"));
        Integer years = f.optionalPositiveInteger("years");
        return new Regulation.IndicatorRule(
                f.enumValue("subject_level", RegionLevel.class),
                f.has("edition") ? f.code("edition", CODE, 40) : null,
                f.string("text_zh", 1000),
                citation(f),
                years == null ? 3 : years,
                f.flag("all_met_required"),
                f.flag("blocks_without_edition"));
    }

    /** Plan kinds are read here to keep {@link PlanReader} small. */
    static PlanKind planKind(YamlFields f) {
        return f.enumValue("kind", PlanKind.class);
    }

    static PlanRules.Duty duty(YamlFields f, Set<String> seen) {
        f.allowOnly(with("code", "by", "text_zh"));
        String code = f.code("code", RULE_CODE, 40);
        unique(f, code, seen);
        return new PlanRules.Duty(code, f.enumValue("by", Body.class), f.string("text_zh", 1000), citation(f));
    }
}
