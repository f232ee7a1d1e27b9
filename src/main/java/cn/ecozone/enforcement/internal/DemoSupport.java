package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Decision;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.Severity;
import cn.ecozone.shared.Actor;
import cn.ecozone.title.TitleView;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo data does with this module's internals (demo profile only): judges a title at once (the
 * register watch would do it after the commit, and finds the proposal there), and orders a
 * rectification on a title's first proposal as the demo's province staff would decide.
 */
@Component
@Profile("demo")
public class DemoSupport {

    private final Proposals proposals;
    private final TitleEvaluation evaluation;
    private final ProposalDecisions decisions;

    DemoSupport(Proposals proposals, TitleEvaluation evaluation, ProposalDecisions decisions) {
        this.proposals = proposals;
        this.evaluation = evaluation;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public boolean hasProposal(long titleId) {
        return proposals.existsByTitleId(titleId);
    }

    @Transactional
    public void evaluate(TitleView title) {
        evaluation.evaluate(title);
    }

    /** Orders a rectification with the data's period on the title's first open proposal, if any. */
    @Transactional
    public void orderOnFirstProposal(long titleId, String reason, Actor actor) {
        proposals.findByTitleIdOrderByIdAsc(titleId).stream()
                .filter(p -> p.allowedMeasures().contains(Measure.RECTIFICATION))
                .findFirst()
                .ifPresent(p -> decisions.decide(
                        p.id(),
                        new Decision(p.version(), Measure.RECTIFICATION, Severity.MINOR, reason, null, null),
                        actor));
    }
}
