package cn.ecozone.procedure.internal;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every requirement a shipped regulation's step names has a module that answers for it, or the start
 * stops (ADR 0027): a step that could never be completed is a deployment error, not a user's problem.
 */
@Component
class RequirementsCovered implements SmartInitializingSingleton {

    private final RegulationManagement regulations;
    private final Requirements requirements;

    RequirementsCovered(RegulationManagement regulations, Requirements requirements) {
        this.regulations = regulations;
        this.requirements = requirements;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Regulation> all = new ArrayList<>();
        for (RegulationSummary s : regulations.versions(true)) {
            regulations.find(s.code(), s.version()).ifPresent(all::add);
        }
        Set<Requirement> unanswered = EnumSet.noneOf(Requirement.class);
        unanswered.addAll(requirements.unanswered());
        requireAnswered(all, unanswered);
    }

    /** @throws IllegalStateException naming the regulation, step and requirement no module answers for */
    static void requireAnswered(List<Regulation> regulations, Set<Requirement> unanswered) {
        for (Regulation r : regulations) {
            for (Step s : steps(r)) {
                for (Requirement q : s.requires()) {
                    if (unanswered.contains(q)) {
                        throw new IllegalStateException("regulation " + r.code() + " v" + r.version() + ", step "
                                + s.code() + ": no module answers for the requirement " + q);
                    }
                }
            }
        }
    }

    /** Every step of a regulation that may require a record: chains, checks after the title, enforcement, typical cases. */
    private static List<Step> steps(Regulation r) {
        List<Step> steps = new ArrayList<>();
        if (r.application() != null) {
            r.application().chains().forEach(c -> steps.addAll(c.steps()));
        }
        if (r.title() != null) {
            r.title().checks().forEach(c -> c.paths().forEach(p -> steps.addAll(p.steps())));
            if (r.title().enforcement() != null) {
                steps.addAll(r.title().enforcement().proposal());
                steps.addAll(r.title().enforcement().rectification());
            }
        }
        if (r.typicalCases() != null) {
            steps.addAll(r.typicalCases().steps());
        }
        return steps;
    }
}
