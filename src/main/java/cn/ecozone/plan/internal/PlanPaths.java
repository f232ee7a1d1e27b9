package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.NoPlanPath;
import cn.ecozone.plan.PlanPath;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a regulation's plan path (steps named by the bodies of the rules) into the platform's path:
 * which {@link StepType} each step is and, through {@link BodyActors}, which role acts at which level.
 */
@Component
public class PlanPaths {

    private final RegulationManagement regulations;

    PlanPaths(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /**
     * The regulations the actor may start a plan under today, drafts included and named as such: of
     * each programme the one that applies to the actor's region ({@link RegulationManagement#applicable},
     * the one rule plan creation uses too), when it has a plan path for the region's level whose first
     * step is the actor's.
     */
    public List<RegulationSummary> creatable(Region region, Actor actor, LocalDate today) {
        PlanActors actors = new PlanActors(actor, region.code(), region.path());
        List<RegulationSummary> out = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            regulations
                    .applicable(programme, region.path(), today)
                    .filter(r -> r.planPath(region.level()).isPresent())
                    .filter(r -> actors.subject(of(r, region.level()).steps()))
                    .ifPresent(r -> out.add(r.summary()));
        }
        return out;
    }

    /**
     * The path of a subject at {@code level} under {@code regulation}.
     *
     * @throws NoPlanPath when the regulation has no plan path for the level
     */
    public PlanPath of(Regulation regulation, RegionLevel level) {
        PlanRules.Path path =
                regulation.planPath(level).orElseThrow(() -> new NoPlanPath(regulation.titleZh(), level.name()));
        List<PlanStep> steps = new ArrayList<>();
        for (Step s : path.steps()) {
            StepType type = type(s, steps.isEmpty());
            if (type == null) {
                continue;
            }
            steps.add(new PlanStep(
                    s.code(),
                    s.actionZh(),
                    type,
                    BodyActors.role(s.actor(), level),
                    BodyActors.level(s.actor()),
                    s.deadline() == null ? null : s.deadline().workingDays(),
                    s.deadline() == null ? null : s.deadline().counting(),
                    s.citation() == null ? null : s.citation().article()));
        }
        return new PlanPath(
                regulation.code(),
                regulation.version(),
                regulation.programme().name(),
                regulation.plan().kind().name(),
                steps);
    }

    /**
     * The plan's step type for a step of the regulation, by its kind; null for drafting, which is the
     * plan's draft state. The receiving body's acknowledgement of a filing is a step of its own: a
     * filing is received, not self-declared (issue 9, IM eco-civ art. 6).
     */
    static StepType type(Step s, boolean first) {
        if (first && s.kind() == StepKind.SUBMIT) {
            // the subject's submission, with its own examination where a league or city examines itself
            return StepType.SUBMIT;
        }
        return switch (s.kind()) {
            case DRAFT -> null;
            case ACKNOWLEDGE -> StepType.RECEIVE_FILING;
            case SUBMIT, EXAMINE, PARALLEL_EXAMINE, DECIDE -> StepType.EXAMINE;
            case PANEL, PUBLICITY -> StepType.EXPERT_REVIEW;
            case RECORD_RESULT -> StepType.MINISTRY_REVIEW;
            case REVISE -> StepType.REVISE;
            case PROMULGATE -> StepType.PROMULGATE;
            case FILE -> StepType.FILE;
        };
    }
}
