package cn.ecozone.review.internal;

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
 * {@code PANEL_CLOSED} (ADR 0027, ADR 0028): a step that needs the expert panel (IM art. 14 (二) 专家评审赋分;
 * GZ art. 14 资料审核和实地核查) completes only once a panel covering the dossier at that step <em>for the
 * step's current opening</em> has closed. A panel closed for an earlier visit (before a return) does not
 * count: the dossier is panelled anew.
 */
@Component
class PanelClosedRequirement implements StepRequirement {

    private final CoverageRows coverage;

    PanelClosedRequirement(CoverageRows coverage) {
        this.coverage = coverage;
    }

    @Override
    public Requirement requirement() {
        return Requirement.PANEL_CLOSED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Map<Long, Set<String>> closed = coverage.closedByRun(contexts.stream()
                .filter(c -> "DOSSIER".equals(c.subjectType()))
                .map(Context::runId)
                .toList());
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            boolean met = "DOSSIER".equals(c.subjectType())
                    && closed.getOrDefault(c.runId(), Set.of()).contains(c.stepCode() + ":" + c.opening());
            if (!met) {
                unmet.put(c.runId(), Unmet.of(Requirement.PANEL_CLOSED, "review.panel.not-closed", c.stepCode()));
            }
        }
        return unmet;
    }
}
