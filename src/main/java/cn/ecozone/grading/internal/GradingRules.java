package cn.ecozone.grading.internal;

import cn.ecozone.region.Region;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the regulation data say about the graded annual evaluation (split from {@code GradingManagement}):
 * whether the regulation in force for a region has a grading cycle ({@code review.grading}, Xilingol 001
 * art. 10), and which steps of the region's chain are the panel and the grading. No region code in the code.
 */
@Component
public class GradingRules {

    private final RegulationManagement regulations;

    GradingRules(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    /** The regulation with graded evaluation in force for the actor's region on {@code today}, if any. */
    public Optional<Regulation> graded(Actor actor, LocalDate today) {
        if (actor.regionPath() == null) {
            return Optional.empty();
        }
        return regulations
                .applicable(Programme.TWO_MOUNTAINS_AREA, actor.regionPath(), today)
                .filter(r -> r.application() != null
                        && r.application().review() != null
                        && r.application().review().grading() != null);
    }

    /** The chain of the region's level (else the first). */
    public static ApplicationRules.Chain chain(Regulation r, Region region) {
        return r.application().chains().stream()
                .filter(c -> c.subjectLevel() == region.level())
                .findFirst()
                .orElse(r.application().chains().getFirst());
    }

    /** The step that requires {@code GRADE_ASSIGNED} (Xilingol's {@code GRADING}, art. 10). */
    public static String gradingStep(Regulation r, Region region) {
        return chain(r, region).steps().stream()
                .filter(s -> s.requires().contains(Requirement.GRADE_ASSIGNED))
                .map(Step::code)
                .findFirst()
                .orElse("GRADING");
    }

    /** The expert panel's step of the region's chain (art. 9). */
    public static Optional<String> panelStep(Regulation r, Region region) {
        return chain(r, region).steps().stream()
                .filter(s -> s.kind() == StepKind.PANEL)
                .map(Step::code)
                .findFirst();
    }
}
