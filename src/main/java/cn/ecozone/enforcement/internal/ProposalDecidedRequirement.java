package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code PROPOSAL_DECIDED} (ADR 0027, ADR 0030): the proposal's step completes only once a person's
 * decision (a measure with its severity, or a dismissal with its reason) is on record for the proposal
 * of the run. The decision is written just before the act, in the same transaction.
 */
@Component
class ProposalDecidedRequirement implements StepRequirement {

    private final Proposals proposals;

    ProposalDecidedRequirement(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public Requirement requirement() {
        return Requirement.PROPOSAL_DECIDED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        boolean decided = EnforcementRules.PROPOSAL_RUN.equals(context.subjectType())
                && proposals
                        .findById(context.subjectId())
                        .map(p -> p.state() != ProposalState.OPEN)
                        .orElse(false);
        return decided
                ? Optional.empty()
                : Optional.of(Unmet.of(Requirement.PROPOSAL_DECIDED, "enforcement.proposal.not-decided"));
    }
}
