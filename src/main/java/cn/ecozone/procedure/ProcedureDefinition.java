package cn.ecozone.procedure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered steps a run follows, pinned to the run when it starts.
 *
 * @param code e.g. the regulation's code and path ({@code IM-ECOCIV-2022/plan/COUNTY}) or a fixed
 *     path's name ({@code INDICATOR_CONFIRMATION})
 * @param version the regulation version (1 for a fixed path)
 */
public record ProcedureDefinition(String code, int version, List<StepDefinition> steps) {

    public ProcedureDefinition {
        steps = List.copyOf(steps);
        if (code == null || code.isBlank() || code.length() > 80) {
            throw new IllegalArgumentException("a definition needs a code of at most 80 characters");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a definition needs at least one step: " + code);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition s = steps.get(i);
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("step " + s.code() + " is used twice in " + code);
            }
            if (s.period() != null
                    && s.period().fromStep() != null
                    && !codes.contains(s.period().fromStep())) {
                throw new IllegalArgumentException("step " + s.code() + " counts from a later step");
            }
        }
        if (steps.getFirst().actor().organizationKind() != null
                || steps.getFirst().actor().appointed()) {
            throw new IllegalArgumentException("the first step is the initiator's: " + code);
        }
    }

    /** The index of the step with {@code stepCode}, or -1. */
    public int indexOf(String stepCode) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).code().equals(stepCode)) {
                return i;
            }
        }
        return -1;
    }
}
