package cn.ecozone.indicator.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Parses a target spec (a map as read from YAML or JSON) into a {@link Target}, e.g. {@code {kind: AT_LEAST, value:
 * 60}}. The kind name is case-insensitive; every other problem (unknown kind, missing, malformed or unknown
 * parameter) throws {@link TargetSpecException} naming the path from the root {@code target}. Besides each kind's
 * parameters, {@code note} and {@code wording} may document a spec and are ignored.
 */
public final class TargetSpecs {

    private record Kind(Set<String> params, Function<SpecReader, Target> parser) {}

    private static final Map<String, Kind> KINDS = kinds(
            Map.entry("AT_LEAST", kind(r -> new AtLeast(r.number("value"), r.year("byYear")), "value", "byYear")),
            Map.entry(
                    "GREATER_THAN", kind(r -> new GreaterThan(r.number("value"), r.year("byYear")), "value", "byYear")),
            Map.entry("AT_MOST", kind(r -> new AtMost(r.number("value"), r.year("byYear")), "value", "byYear")),
            Map.entry("LESS_THAN", kind(r -> new LessThan(r.number("value"), r.year("byYear")), "value", "byYear")),
            Map.entry(
                    "EQUALS",
                    kind(
                            r -> new EqualTo(r.number("value"), r.nonNegative("tolerance", 0), r.year("byYear")),
                            "value",
                            "tolerance",
                            "byYear")),
            Map.entry(
                    "STEADY_IMPROVEMENT",
                    kind(
                            r -> new SteadyImprovement(r.optionalNumber("ceiling"), r.bool("higherIsBetter", true)),
                            "ceiling",
                            "higherIsBetter")),
            Map.entry("NOT_DECREASE", kind(r -> new NotDecrease())),
            Map.entry(
                    "STABLE_OR_IMPROVING",
                    kind(
                            r -> new StableOrImproving(r.nonNegative("tolerance", 0), r.bool("higherIsBetter", true)),
                            "tolerance",
                            "higherIsBetter")),
            Map.entry(
                    "CHANGE_ABOVE",
                    kind(
                            r -> new ChangeAbove(
                                    r.number("value"),
                                    r.choice(
                                            "baseline",
                                            ChangeAbove.Baseline.class,
                                            ChangeAbove.Baseline.PREVIOUS_YEAR)),
                            "value",
                            "baseline")),
            Map.entry(
                    "ABOVE_REFERENCE_AVERAGE", kind(r -> new AboveReferenceAverage(r.bool("strict", true)), "strict")),
            Map.entry("ESTABLISHED", kind(r -> new Established())),
            Map.entry("CARRIED_OUT", kind(r -> new CarriedOut())),
            Map.entry("OBTAINED", kind(r -> new Obtained())),
            Map.entry("TASK_COMPLETED", kind(r -> new TaskCompleted())),
            Map.entry("GRADE_AT_LEAST", kind(r -> new GradeAtLeast(r.text("grade")), "grade")),
            Map.entry("BY_TERRAIN", kind(ByTerrain::parse, "thresholds")),
            Map.entry("ALL_OF", kind(AllOf::parse, "parts")),
            Map.entry(
                    "MANUAL",
                    kind(
                            r -> new Manual(r.optionalText("criterion"), r.optionalText("criterion_en")),
                            "criterion",
                            "criterion_en")));

    private TargetSpecs() {}

    /** Parses a spec; throws {@link TargetSpecException} naming the path and the problem. */
    public static Target parse(Map<String, ?> spec) {
        return parse(spec, "target");
    }

    /** Parses a nested spec found at {@code path}. */
    static Target parse(Object spec, String path) {
        SpecReader reader = SpecReader.of(spec, path);
        String name = reader.text("kind").toUpperCase(Locale.ROOT);
        Kind kind = KINDS.get(name);
        if (kind == null) {
            throw new TargetSpecException(
                    reader.path("kind"), Text.of("spec.unknownKind", name, String.join(", ", KINDS.keySet())));
        }
        reader.allowOnly(kind.params());
        return kind.parser().apply(reader);
    }

    /** Every supported kind name, in a stable order. */
    public static Set<String> kinds() {
        return KINDS.keySet();
    }

    /** The name of a kind in words, e.g. 不低于（≥） for {@code AT_LEAST}. Precondition: a known kind. */
    public static Text name(String kind) {
        return Text.of("kind." + kind);
    }

    /** The parameters a kind takes, sorted; empty for an unknown kind or one without parameters. */
    public static Set<String> parameters(String kind) {
        Kind k = KINDS.get(kind);
        return k == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(k.params()));
    }

    private static Kind kind(Function<SpecReader, Target> parser, String... params) {
        return new Kind(Set.of(params), parser);
    }

    @SafeVarargs
    private static Map<String, Kind> kinds(Map.Entry<String, Kind>... entries) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, Kind> entry : entries) {
            kinds.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(kinds);
    }
}
