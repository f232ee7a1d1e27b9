package cn.ecozone.cases.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code CASE_REVIEWED} (ADR 0027, ADR 0033): the REVIEW step of a typical case (Xilingol art. 13
 * 委员会办公室组织专家进行材料审核) completes only once experts were appointed for the step's current
 * opening and every one of them has scored the case. A review of an earlier opening (before a return)
 * does not count: the case is reviewed anew.
 */
@Component
class CaseReviewedRequirement implements StepRequirement {

    private final ReviewerRows reviewers;

    CaseReviewedRequirement(ReviewerRows reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public Requirement requirement() {
        return Requirement.CASE_REVIEWED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Map<Long, Integer> openings = new HashMap<>();
        for (Context c : contexts) {
            if (CaseProcedure.SUBJECT_TYPE.equals(c.subjectType())) {
                openings.put(c.subjectId(), c.opening());
            }
        }
        Map<Long, Boolean> done = reviewers.allDone(openings.keySet(), openings);
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            boolean met = CaseProcedure.SUBJECT_TYPE.equals(c.subjectType()) && done.getOrDefault(c.subjectId(), false);
            if (!met) {
                unmet.put(c.runId(), Unmet.of(Requirement.CASE_REVIEWED, "cases.review.not-done"));
            }
        }
        return unmet;
    }
}
