package cn.ecozone.regulation.internal;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.yaml.YamlFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code plan} section and the ordered steps that plan paths and application chains share. */
final class PlanReader {

    private PlanReader() {}

    static PlanRules plan(YamlFields f) {
        f.allowOnly(RegulationReader.with("kind", "guide_zh", "paths", "duties"));
        var kind = RegulationReader.planKind(f);
        String guide = f.optionalString("guide_zh", 300);
        var citation = RegulationReader.citation(f);
        Set<RegionLevel> levels = EnumSet.noneOf(RegionLevel.class);
        List<PlanRules.Path> paths = RegulationReader.list(f, "paths", p -> {
            p.allowOnly("subject_level", "steps");
            RegionLevel level = p.enumValue("subject_level", RegionLevel.class);
            if (!levels.add(level)) {
                throw p.error("subject_level", "a second path for " + level);
            }
            return new PlanRules.Path(level, steps(p, "steps"));
        });
        if (paths.isEmpty()) {
            throw f.error("paths", "name the path for at least one subject level");
        }
        Set<String> seen = new HashSet<>();
        return new PlanRules(
                kind, guide, citation, paths, RegulationReader.list(f, "duties", d -> RegulationReader.duty(d, seen)));
    }

    /**
     * Ordered steps: codes unique in the list, a {@link StepKind} for each, actors from {@link Body}
     * (or organizations of a kind, or appointed users), and a deadline counted from a step that comes
     * earlier in the same list. A {@code DRAFT} step may only come first; an {@code ACKNOWLEDGE} step
     * only right after a {@code FILE} step; a {@code PARALLEL_EXAMINE} step needs several actors
     * ({@code organization_kind} or {@code appointed}).
     */
    static List<Step> steps(YamlFields parent, String key) {
        List<String> earlier = new ArrayList<>();
        List<StepKind> kinds = new ArrayList<>();
        List<Step> steps = RegulationReader.list(parent, key, s -> {
            s.allowOnly(RegulationReader.with(
                    "code",
                    "kind",
                    "actor",
                    "to",
                    "action_zh",
                    "deadline",
                    "return_to",
                    "organization_kind",
                    "appointed",
                    "or_actors",
                    "requires"));
            String code = s.code("code", RegulationReader.RULE_CODE, 40);
            if (earlier.contains(code)) {
                throw s.error("code", "'" + code + "' is used twice in this path");
            }
            StepKind kind = s.enumValue("kind", StepKind.class);
            checkOrder(s, kind, kinds);
            Body actor = s.enumValue("actor", Body.class);
            Body to = s.optionalEnum("to", Body.class);
            String action = s.string("action_zh", 1000);
            YamlFields d = s.optionalMapping("deadline");
            Step.Deadline deadline = d == null ? null : deadline(d, earlier);
            Step.ReturnTo returnTo = s.optionalEnum("return_to", Step.ReturnTo.class);
            String organizationKind =
                    s.has("organization_kind") ? s.code("organization_kind", RegulationReader.RULE_CODE, 40) : null;
            boolean appointed = s.flag("appointed");
            if (organizationKind != null && appointed) {
                throw s.error("appointed", "a step's actors are either organizations of a kind or appointed users");
            }
            if (kind == StepKind.PARALLEL_EXAMINE && organizationKind == null && !appointed) {
                throw s.error("kind", "PARALLEL_EXAMINE needs organization_kind or appointed: true");
            }
            List<Body> alsoActors = s.enumList("or_actors", Body.class);
            if (alsoActors != null && (alsoActors.contains(actor) || organizationKind != null || appointed)) {
                throw s.error(
                        "or_actors",
                        "further bodies act as themselves: not the actor again, nor with organizations or appointed users");
            }
            List<Requirement> requires = s.enumList("requires", Requirement.class);
            earlier.add(code);
            kinds.add(kind);
            return new Step(
                    code,
                    kind,
                    actor,
                    to,
                    action,
                    deadline,
                    RegulationReader.citation(s),
                    returnTo == null ? Step.ReturnTo.PREVIOUS : returnTo,
                    organizationKind,
                    appointed,
                    alsoActors,
                    requires);
        });
        if (steps.isEmpty()) {
            throw parent.error(key, "a path needs at least one step");
        }
        return steps;
    }

    private static void checkOrder(YamlFields s, StepKind kind, List<StepKind> earlier) {
        if (kind == StepKind.DRAFT && !earlier.isEmpty()) {
            throw s.error("kind", "DRAFT can only be the first step");
        }
        if (kind == StepKind.ACKNOWLEDGE && (earlier.isEmpty() || earlier.getLast() != StepKind.FILE)) {
            throw s.error("kind", "ACKNOWLEDGE must come right after a FILE step");
        }
    }

    private static Step.Deadline deadline(YamlFields d, List<String> earlier) {
        d.allowOnly("working_days", "counting", "from_step", "text_zh");
        int days = d.positiveInteger("working_days");
        Counting counting = d.enumValue("counting", Counting.class);
        String from = d.code("from_step", RegulationReader.RULE_CODE, 40);
        if (!earlier.contains(from)) {
            throw d.error("from_step", "'" + from + "' is not an earlier step of this path (earlier: " + earlier + ")");
        }
        return new Step.Deadline(days, counting, from, d.string("text_zh", 300));
    }
}
