package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.publicity.ComplaintState;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link Requirement#NO_BLOCKING_COMPLAINT}: no complaint about the dossier blocks it ({@link
 * BlockingComplaints}; Guizhou art. 16: named only if there were no complaints or each was found
 * untrue, unsupported or resolved). Complaints are the dossier's, whichever visit's notice they were
 * made on: one without a finding blocks until its finding is recorded (docs/publicity.md). The refusal
 * names the first blocking complaint by its internal number and state, never by its tracking number:
 * the refusal reaches the body under complaint, and the number is the complainant's credential.
 */
@Component
class NoBlockingComplaint implements StepRequirement {

    private final BlockingComplaints blocking;

    NoBlockingComplaint(BlockingComplaints blocking) {
        this.blocking = blocking;
    }

    @Override
    public Requirement requirement() {
        return Requirement.NO_BLOCKING_COMPLAINT;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        List<Context> dossiers =
                contexts.stream().filter(c -> "DOSSIER".equals(c.subjectType())).toList();
        Map<Long, BlockingComplaints.Block> blocks =
                blocking.of(dossiers.stream().map(Context::subjectId).distinct().toList());
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : dossiers) {
            BlockingComplaints.Block b = blocks.get(c.subjectId());
            if (b != null) {
                unmet.put(
                        c.runId(),
                        b.state() == ComplaintState.FOUND
                                ? Unmet.of(
                                        requirement(),
                                        "publicity.requirement.found-true",
                                        String.valueOf(b.complaintId()))
                                : Unmet.of(
                                        requirement(), "publicity.requirement.open", String.valueOf(b.complaintId())));
            }
        }
        return unmet;
    }
}
