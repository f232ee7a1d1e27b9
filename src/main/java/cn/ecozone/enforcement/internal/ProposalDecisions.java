package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Decision;
import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.Actor;
import cn.ecozone.title.TitleRevocation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person decides a proposal (ADR 0030): the proposal row is locked, the version the decider saw
 * checked (a second decider at once gets 409), the decision recorded on the aggregate, the proposal's
 * step completed on the engine (its requirement {@code PROPOSAL_DECIDED} now met), and the measure
 * carried out: a rectification order, a warning with its new period, or the revocation of the title
 * and the candidacy. A decision on an overdue rectification escalates it (its run ends); one on a
 * rectification completed late leaves it completed, the measure is carried out all the same.
 */
@Component
public class ProposalDecisions {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MAX_REASON = 2000;

    private final Proposals proposals;
    private final Rectifications rectifications;
    private final EnforcementRules rules;
    private final RectificationOrders orders;
    private final ProcedureManagement procedures;
    private final TitleRevocation revocation;
    private final Clock clock;

    ProposalDecisions(
            Proposals proposals,
            Rectifications rectifications,
            EnforcementRules rules,
            RectificationOrders orders,
            ProcedureManagement procedures,
            TitleRevocation revocation,
            Clock clock) {
        this.proposals = proposals;
        this.rectifications = rectifications;
        this.rules = rules;
        this.orders = orders;
        this.procedures = procedures;
        this.revocation = revocation;
        this.clock = clock;
    }

    /**
     * Decides proposal {@code id}. Preconditions: the actor is province staff (the endpoint's roles).
     *
     * @throws EnforcementFacts.ProposalNotFound outside the actor's scope
     * @throws EnforcementFacts.Stale when {@code decision.version()} is not the current one
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProposalEntity decide(long id, Decision decision, Actor actor) {
        // the rectification's row first, then the proposal's: the order a late acceptance takes too
        proposals.rectificationIdOf(id).ifPresent(rectifications::lockById);
        ProposalEntity p = proposals
                .lockById(id)
                .filter(x -> actor.scope().includes(x.regionPath()))
                .orElseThrow(EnforcementFacts.ProposalNotFound::new);
        if (decision.version() == null || decision.version() != p.version()) {
            throw new EnforcementFacts.Stale();
        }
        String reason = decision.reason() == null ? null : decision.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw new EnforcementFacts.TooLong("reason", MAX_REASON);
        }
        if (decision.documentNumber() != null
                && decision.documentNumber().strip().length() > 100) {
            throw new EnforcementFacts.TooLong("documentNumber", 100);
        }
        if (decision.workingDays() != null
                && (decision.workingDays() < 1
                        || decision.workingDays()
                                > cn.ecozone.supervision.CheckConcluded.MAX_RECTIFICATION_WORKING_DAYS)) {
            throw new EnforcementFacts.PeriodOutOfRange();
        }
        Regulation regulation = rules.pinned(p.regulationCode(), p.regulationVersion());
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        if (decision.measure() == null) {
            p.dismiss(reason, decision.severity(), Body.PROVINCE_DEPARTMENT.name(), actor.username(), clock.instant());
        } else {
            Body body = p.allowedMeasures().contains(decision.measure())
                    ? EnforcementRules.body(regulation, decision.measure())
                    : Body.PROVINCE_DEPARTMENT;
            if (body == Body.MINISTRY
                    && (decision.documentNumber() == null
                            || decision.documentNumber().isBlank())) {
                throw new EnforcementFacts.DocumentNeeded();
            }
            p.act(
                    decision.measure(),
                    decision.severity(),
                    reason,
                    body.name(),
                    decision.documentNumber(),
                    actor.username(),
                    clock.instant());
        }
        proposals.saveAndFlush(p);
        long runVersion = procedures.view(p.runId(), actor).version();
        procedures.act(new ProcedureCommand.Act(p.runId(), runVersion, null, null, opinion(p), null, null), actor);
        if (p.measure() != null) {
            carryOut(p, regulation, decision.workingDays(), today, actor);
        }
        return p;
    }

    private void carryOut(ProposalEntity p, Regulation regulation, Integer workingDays, LocalDate today, Actor actor) {
        TitleRef title = p.title();
        if (p.rectificationId() != null) {
            // review finding 5: a rectification accepted late stays completed (its proposal shows the fact)
            rectifications
                    .lockById(p.rectificationId())
                    .filter(r -> r.state() == RectificationState.OVERDUE)
                    .ifPresent(r -> orders.escalate(r, p.id()));
        }
        switch (p.measure()) {
            case RECTIFICATION, WARNING ->
                orders.order(
                        title, regulation, p.measure(), "PROPOSAL", p.id(), null, workingDays, today, actor.username());
            case REVOCATION -> {
                String ref = "处理建议 " + p.id() + (p.documentNumber() == null ? "" : "，" + p.documentNumber());
                revocation.revoke(
                        p.titleId(), ref, p.reason() == null ? p.sanctionText() : p.reason(), today, actor.username());
            }
        }
    }

    private static String opinion(ProposalEntity p) {
        String what = p.measure() == null ? "不予处理" : label(p.measure());
        return p.reason() == null ? what : what + "：" + p.reason();
    }

    private static String label(Measure m) {
        return switch (m) {
            case RECTIFICATION -> "限期整改";
            case WARNING -> "警告";
            case REVOCATION -> "撤销称号";
        };
    }
}
