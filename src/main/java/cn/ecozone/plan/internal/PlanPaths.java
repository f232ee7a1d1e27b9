package cn.ecozone.plan.internal;

import cn.ecozone.plan.ActorLevel;
import cn.ecozone.plan.PlanPath;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Step;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a regulation's plan path (steps named by the bodies of the rules) into the platform's path:
 * which {@link StepType} each step is and which role acts at which level. The regulation is data; this
 * class holds only the platform's fixed correspondence of bodies to roles (e.g. 盟市生态环境局 → {@link
 * Role#PREFECTURE_STAFF} of the prefecture). Acts of bodies outside the platform (the Ministry, a people's
 * congress) are recorded by the platform role that receives or reports them.
 */
@Component
public class PlanPaths {

    /**
     * The path of a subject at {@code level} under {@code regulation}.
     *
     * @throws ApiException 422 when the regulation has no plan path for the level
     */
    public PlanPath of(Regulation regulation, RegionLevel level) {
        PlanRules.Path path = regulation
                .planPath(level)
                .orElseThrow(() -> ApiException.unprocessable(
                        "no-plan-path", "regulation", "error.plan.no-path", regulation.titleZh(), level.name()));
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
                    role(s.actor(), level),
                    level(s.actor()),
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

    /** The step type; null for the drafting step, which is the plan's draft state. */
    static StepType type(Step s, boolean first) {
        if ("DRAFT".equals(s.code())) {
            return null;
        }
        if (first && (s.code().equals("SUBMIT") || s.code().equals("EXAMINE") && s.actor() == Body.SUBJECT)) {
            // the subject's submission, with its own examination where a league or city examines itself
            return StepType.SUBMIT;
        }
        return switch (s.code()) {
            case "EXAMINE", "FORWARD" -> StepType.EXAMINE;
            case "EXPERT_REVIEW" -> s.actor() == Body.MINISTRY ? StepType.MINISTRY_REVIEW : StepType.EXPERT_REVIEW;
            case "MINISTRY_REVIEW" -> StepType.MINISTRY_REVIEW;
            case "REVISE" -> StepType.REVISE;
            case "PROMULGATE", "PUBLISH" -> StepType.PROMULGATE;
            case "FILE" -> StepType.FILE;
            default -> throw new IllegalStateException("plan step " + s.code() + " has no platform step type");
        };
    }

    static Role role(Body body, RegionLevel subjectLevel) {
        return switch (body) {
            case SUBJECT, DELIBERATIVE_BODY ->
                subjectLevel == RegionLevel.COUNTY ? Role.COUNTY_GOVERNMENT : Role.PREFECTURE_GOVERNMENT;
            case PREFECTURE_ECOLOGY_BUREAU -> Role.PREFECTURE_STAFF;
            case PREFECTURE_GOVERNMENT -> Role.PREFECTURE_GOVERNMENT;
            case PROVINCE_DEPARTMENT, MINISTRY, EXPERT_PANEL -> Role.PROVINCE_STAFF;
            case PROVINCE_DIVISION -> Role.DIVISION_REVIEWER;
            case COMMITTEE_OFFICE -> Role.COMMITTEE_OFFICE;
        };
    }

    static ActorLevel level(Body body) {
        return switch (body) {
            case SUBJECT, DELIBERATIVE_BODY -> ActorLevel.SUBJECT;
            case PREFECTURE_ECOLOGY_BUREAU, PREFECTURE_GOVERNMENT, COMMITTEE_OFFICE -> ActorLevel.PREFECTURE;
            case PROVINCE_DEPARTMENT, PROVINCE_DIVISION, MINISTRY, EXPERT_PANEL -> ActorLevel.PROVINCE;
        };
    }
}
