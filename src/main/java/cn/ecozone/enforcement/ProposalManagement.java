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
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals (处理建议, issue 13 §3): the paged list in the reader's scope, a proposal with its evidence,
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

    /**
     * One page of the proposals in the actor's scope, newest first: two statements for the page and the
     * count (region names from the cached tree), however many rows.
     *
     * @throws ApiException 404 for a region outside the scope; 400 for a search over 100 characters
     */
    public PageResult<ProposalSummary> list(ProposalFilter filter, int page, int size, Actor actor) {
        String prefix = actor.scope().pathPrefix();
        String region = null;
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            region = regions.require(filter.regionCode().strip()).path();
            if (!actor.scope().includes(region)) {
                throw ApiException.notFound("error.region.not-found", filter.regionCode());
            }
        }
        String search = filter.search() == null || filter.search().isBlank()
                ? null
                : "%"
                        + filter.search()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "")
                                .replace("_", "") + "%";
        if (search != null && search.length() > 102) {
            throw new EnforcementFacts.TooLong("search", 100);
        }
        String code = filter.code() == null || filter.code().isBlank()
                ? null
                : filter.code().strip();
        Page<ProposalEntity> found = proposals.search(
                prefix,
                prefix.length(),
                filter.state(),
                code,
                region,
                region == null ? 0 : region.length(),
                search,
                Paging.of(page, size, 100));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(ProposalEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, p -> EnforcementViews.summary(p, names));
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
