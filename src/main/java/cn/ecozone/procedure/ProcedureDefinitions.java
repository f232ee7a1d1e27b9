package cn.ecozone.procedure;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.StepDefinition.Period;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Turns a regulation's path (steps named by the bodies of the rules) into a {@link
 * ProcedureDefinition}: the drafting step is left out (the record is a draft until its run starts),
 * each body becomes a role at a level through {@link BodyActors}, and a deadline becomes the step's
 * period, counted from its {@code from_step}. At start-up every path of every regulation is turned
 * into a definition once, so that a path the engine cannot run stops the start.
 */
@Component
public class ProcedureDefinitions implements SmartInitializingSingleton {

    /** The outcomes of a review whose result decides what comes next (e.g. a plan's expert review). */
    public static final List<String> REVIEW_OUTCOMES = List.of("PASS", "REVISE", "FAIL");

    private final RegulationManagement regulations;

    ProcedureDefinitions(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /** The plan path for a subject at {@code level}, if the regulation has one. */
    public Optional<ProcedureDefinition> planPath(Regulation regulation, RegionLevel level) {
        return regulation
                .planPath(level)
                .map(p -> of(regulation.code() + "/plan/" + level, regulation.version(), p.steps(), level));
    }

    /** The application chain for a subject at {@code level}, if the regulation has one. */
    public Optional<ProcedureDefinition> applicationChain(Regulation regulation, RegionLevel level) {
        return regulation
                .applicationChain(level)
                .map(c -> of(regulation.code() + "/application/" + level, regulation.version(), c.steps(), level));
    }

    /**
     * The definition of {@code steps} for a subject at {@code subjectLevel}.
     *
     * @throws IllegalArgumentException when the steps cannot be run (e.g. an unknown organization kind)
     */
    public static ProcedureDefinition of(String code, int version, List<Step> steps, RegionLevel subjectLevel) {
        List<StepDefinition> defined = new ArrayList<>();
        Set<String> included = new HashSet<>();
        for (Step s : steps) {
            if (s.kind() == StepKind.DRAFT) {
                continue;
            }
            if (s.organizationKind() != null) {
                OrganizationKind.valueOf(s.organizationKind());
            }
            ActorRule actor = actor(s, subjectLevel);
            Period period = s.deadline() == null
                    ? null
                    : new Period(
                            s.deadline().workingDays(),
                            s.deadline().counting(),
                            included.contains(s.deadline().fromStep())
                                    ? s.deadline().fromStep()
                                    : null);
            defined.add(new StepDefinition(
                    s.code(),
                    s.actionZh(),
                    s.kind(),
                    actor,
                    period,
                    s.returnTo(),
                    s.citation() == null ? null : s.citation().article(),
                    outcomes(s.kind()),
                    s.requires()));
            included.add(s.code());
        }
        return new ProcedureDefinition(code, version, defined);
    }

    /**
     * Who acts at {@code s}: its body as a role at a level, or (with {@code or_actors}) any of its bodies,
     * e.g. Guizhou art. 10: the municipal government or its ecology bureau.
     */
    private static ActorRule actor(Step s, RegionLevel subjectLevel) {
        if (s.alsoActors().isEmpty()) {
            return new ActorRule(
                    BodyActors.role(s.actor(), subjectLevel),
                    BodyActors.level(s.actor()),
                    s.organizationKind(),
                    s.appointed());
        }
        List<StepDefinition.RoleAt> all = new ArrayList<>();
        all.add(new StepDefinition.RoleAt(BodyActors.role(s.actor(), subjectLevel), BodyActors.level(s.actor())));
        for (var body : s.alsoActors()) {
            all.add(new StepDefinition.RoleAt(BodyActors.role(body, subjectLevel), BodyActors.level(body)));
        }
        return ActorRule.anyOfAt(all);
    }

    /** The outcomes an act of a step of {@code kind} chooses from; none for most kinds. */
    public static List<String> outcomes(StepKind kind) {
        return switch (kind) {
            case PANEL, RECORD_RESULT -> REVIEW_OUTCOMES;
            default -> List.of();
        };
    }

    /** Builds every path of every regulation once; a path the engine cannot run stops the start. */
    @Override
    public void afterSingletonsInstantiated() {
        for (RegulationSummary summary : regulations.list(true)) {
            Regulation r = regulations.find(summary.code(), summary.version()).orElseThrow();
            try {
                for (PlanRules.Path p : r.plan().paths()) {
                    planPath(r, p.subjectLevel());
                }
                if (r.application() != null) {
                    for (ApplicationRules.Chain c : r.application().chains()) {
                        applicationChain(r, c.subjectLevel());
                    }
                }
                if (r.typicalCases() != null && !r.typicalCases().steps().isEmpty()) {
                    of(
                            r.code() + "/typical-cases",
                            r.version(),
                            r.typicalCases().steps(),
                            RegionLevel.COUNTY);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "regulation " + r.code() + " v" + r.version() + ": a path the procedure engine cannot run: "
                                + e.getMessage(),
                        e);
            }
        }
    }
}
