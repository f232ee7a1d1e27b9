package cn.ecozone.enforcement;

import cn.ecozone.enforcement.internal.EnforcementViews;
import cn.ecozone.enforcement.internal.ProposalDecisions;
import cn.ecozone.enforcement.internal.ProposalEntity;
import cn.ecozone.enforcement.internal.Proposals;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals (处理建议, issue 13 §3): a proposal (the list is {@link EnforcementListing}) with its evidence,
 * and a person's decision. Proposals are opened by the platform from evidence, never by this façade.
 */
@Service
@Transactional(readOnly = true)
public class ProposalManagement {

    private final Proposals proposals;
    private final ProposalDecisions decisions;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final ProcedureManagement procedures;

    ProposalManagement(
            Proposals proposals,
            ProposalDecisions decisions,
            RegionManagement regions,
            RegulationManagement regulations,
            ProcedureManagement procedures) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.regions = regions;
        this.regulations = regulations;
        this.procedures = procedures;
    }

    /** Proposal {@code id} with its evidence and run; 404 outside the actor's scope. */
    public ProposalView view(long id, Actor actor) {
        ProposalEntity p = proposals
                .findById(id)
                .filter(x -> actor.scope().includes(x.regionPath()))
                .orElseThrow(EnforcementFacts.ProposalNotFound::new);
        return view(p, actor);
    }

    /**
     * Decides proposal {@code id} (province staff): act with a measure the sanction allows and its
     * severity, or dismiss with a reason. Refusals change nothing; see {@link EnforcementFacts}.
     */
    @Transactional
    public ProposalView decide(long id, Decision decision, Actor actor) {
        if (decision == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        return view(decisions.decide(id, decision, actor), actor);
    }

    private ProposalView view(ProposalEntity p, Actor actor) {
        var regulation = regulations
                .find(p.regulationCode(), p.regulationVersion())
                .orElseThrow(() -> new IllegalStateException("regulation not shipped: " + p.regulationCode()));
        var run = p.runId() == null ? null : procedures.view(p.runId(), actor);
        return EnforcementViews.proposal(p, regions.require(p.regionCode()).name(), regulation, run);
    }
}
