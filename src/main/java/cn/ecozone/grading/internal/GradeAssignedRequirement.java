package cn.ecozone.grading.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code GRADE_ASSIGNED} (ADR 0027, ADR 0032): Xilingol's grading step (001 art. 10, 分等次评定) completes
 * only once the committee office's grade is on record for the step's current opening; the grade command
 * writes it and completes the step in one transaction, and the generic panel's act is refused with this.
 */
@Component
class GradeAssignedRequirement implements StepRequirement {

    private final GradeRows grades;

    GradeAssignedRequirement(GradeRows grades) {
        this.grades = grades;
    }

    @Override
    public Requirement requirement() {
        return Requirement.GRADE_ASSIGNED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Set<String> graded = grades.gradedKeys(contexts.stream()
                .filter(c -> "DOSSIER".equals(c.subjectType()))
                .map(Context::runId)
                .toList());
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            if (!"DOSSIER".equals(c.subjectType()) || !graded.contains(c.runId() + ":" + c.opening())) {
                unmet.put(c.runId(), Unmet.of(Requirement.GRADE_ASSIGNED, "grading.grade.not-assigned", c.stepCode()));
            }
        }
        return unmet;
    }
}
