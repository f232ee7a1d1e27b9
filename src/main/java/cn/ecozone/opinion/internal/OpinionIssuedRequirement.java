package cn.ecozone.opinion.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code OPINION_ISSUED} (ADR 0027): met when an issued opinion at the step covers the run at the step's
 * current opening — the province department's pre-review opinion (IM eco-civ art. 15, IM Two Mountains
 * art. 13) or the municipal government's written recommendation opinion (Guizhou art. 11). An opinion
 * that covered the dossier at an earlier opening (before a return) no longer counts: a supplementary
 * opinion covers it anew. A run of any other subject has no opinion, so the requirement is unmet there.
 */
@Component
class OpinionIssuedRequirement implements StepRequirement {

    /** The subject type of a dossier's run (dossier module). */
    static final String DOSSIER = "DOSSIER";

    private final Opinions opinions;

    OpinionIssuedRequirement(Opinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public Requirement requirement() {
        return Requirement.OPINION_ISSUED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        List<Context> dossiers =
                contexts.stream().filter(c -> DOSSIER.equals(c.subjectType())).toList();
        Set<Covering> issued = new HashSet<>();
        if (!dossiers.isEmpty()) {
            for (Object[] row : opinions.issuedCoverings(
                    dossiers.stream().map(Context::runId).distinct().toList(),
                    dossiers.stream().map(Context::stepCode).distinct().toList())) {
                issued.add(new Covering(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2]));
            }
        }
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            boolean met = DOSSIER.equals(c.subjectType())
                    && issued.contains(new Covering(c.runId(), c.opening(), c.stepCode()));
            if (!met) {
                unmet.put(
                        c.runId(),
                        Unmet.of(Requirement.OPINION_ISSUED, "opinion.requirement.not-issued", c.stepCode()));
            }
        }
        return unmet;
    }

    private record Covering(long runId, int opening, String stepCode) {}
}
