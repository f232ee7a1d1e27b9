package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens proposals: one per (title, sanction code, triggering record), with its evidence, and the run of
 * the regulation's {@code enforcement.proposal} steps waiting at its first step for the deciding body
 * (opened by the platform, not by a person: ADR 0030). A proposal that is already there is left as it
 * is; two openers at once end as one proposal: each first takes the title's row lock ({@link TitleLocks},
 * V99), so the second finds the first one's proposal (the unique key stays as the last guard).
 */
@Component
class ProposalOpener {

    private final Proposals proposals;
    private final EnforcementRules rules;
    private final ProcedureManagement procedures;
    private final RegionManagement regions;
    private final Clock clock;
    private final TitleLocks locks;

    ProposalOpener(
            TitleLocks locks,
            Proposals proposals,
            EnforcementRules rules,
            ProcedureManagement procedures,
            RegionManagement regions,
            Clock clock) {
        this.locks = locks;
        this.proposals = proposals;
        this.rules = rules;
        this.procedures = procedures;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Opens the proposal of sanction {@code code} for {@code title} under {@code regulation}, unless the
     * regulation has no such sanction or the proposal exists.
     *
     * @param allowed the measures the decision may take; {@code null} for those the sanction allows
     * @param rectificationId the overdue rectification that opened it (the chain), or {@code null}
     * @return the proposal opened, or empty
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ProposalEntity> open(
            TitleRef title,
            Regulation regulation,
            String code,
            String triggerKey,
            List<Measure> allowed,
            Long rectificationId,
            List<Evidence> evidence) {
        Optional<TitleRules.Sanction> sanction = EnforcementRules.sanction(regulation, code);
        if (sanction.isEmpty()) {
            return Optional.empty();
        }
        locks.lock(title.titleId());
        if (sanction.isEmpty()
                || proposals.existsByTitleIdAndSanctionCodeAndTriggerKey(title.titleId(), code, triggerKey)) {
            return Optional.empty();
        }
        List<Measure> measures = allowed != null
                ? allowed
                : EnforcementRules.allowed(sanction.get().consequence());
        if (measures.isEmpty()) {
            return Optional.empty();
        }
        Citation cited = sanction.get().citation();
        ProposalEntity p = proposals.saveAndFlush(new ProposalEntity(
                title,
                regulation.code(),
                regulation.version(),
                code,
                sanction.get().textZh(),
                cited.article(),
                cited.uncertain() || cited.silent() ? cited.noteZh() : null,
                measures,
                triggerKey,
                rectificationId,
                evidence,
                clock.instant()));
        var level = regions.require(title.regionCode()).level();
        long runId = procedures.carryOver(
                new ProcedureSubject(
                        EnforcementRules.PROPOSAL_RUN,
                        p.id(),
                        title.regionCode(),
                        title.regionPath(),
                        "处理建议：" + title.subjectName() + "（"
                                + clip(sanction.get().textZh(), 200) + "）",
                        "/enforcement/proposals/" + p.id()),
                rules.proposalPath(regulation, level),
                new CarriedRun(0, false, 0, clock.instant(), null, List.of()));
        return Optional.of(proposals.saveAndFlush(p.started(runId)));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
