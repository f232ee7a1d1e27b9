package cn.ecozone.report.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code REPORT_COMPLETE} (ADR 0027, ADR 0034): the {@code SUBMIT} step of an annual report (IM eco-civ
 * art. 17, IM Two Mountains art. 17, GZ art. 18) completes only when the report's text is written and its
 * scorecard was frozen for the step's current opening: a report returned and submitted again is frozen
 * anew. One statement for any number of runs.
 */
@Component
class ReportCompleteRequirement implements StepRequirement {

    static final String SUBJECT_TYPE = ReportProcedure.SUBJECT_TYPE;

    private final Reports reports;

    ReportCompleteRequirement(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Requirement requirement() {
        return Requirement.REPORT_COMPLETE;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        List<Long> ids = contexts.stream()
                .filter(c -> SUBJECT_TYPE.equals(c.subjectType()))
                .map(Context::subjectId)
                .toList();
        Map<Long, ReportEntity> found = ids.isEmpty()
                ? Map.of()
                : reports.byIds(ids).stream().collect(Collectors.toMap(ReportEntity::id, Function.identity()));
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            ReportEntity r = SUBJECT_TYPE.equals(c.subjectType()) ? found.get(c.subjectId()) : null;
            if (r == null || !r.completeFor(c.opening())) {
                unmet.put(
                        c.runId(),
                        Unmet.of(Requirement.REPORT_COMPLETE, "report.incomplete", Requirement.REPORT_COMPLETE.name()));
            }
        }
        return unmet;
    }
}
