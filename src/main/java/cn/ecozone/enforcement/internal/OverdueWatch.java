package cn.ecozone.enforcement.internal;

import cn.ecozone.deadline.DeadlineOverdue;
import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The chain (issue 13 §3): a rectification's deadline passed without acceptance. The rectification is
 * marked overdue and a proposal opens with it as evidence, under the regulation it was ordered by:
 * after an order, a warning (or, by severity, revocation: Guizhou art. 24(6) 后评估要求整改但未能有效完成的
 * where the sanction exists, else the regulation's warning-or-revocation sanction); after a warning,
 * revocation only. Nothing is decided here.
 */
@Component
class OverdueWatch {

    private final Rectifications rectifications;
    private final EnforcementRules rules;
    private final ProposalOpener opener;

    OverdueWatch(Rectifications rectifications, EnforcementRules rules, ProposalOpener opener) {
        this.rectifications = rectifications;
        this.rules = rules;
        this.opener = opener;
    }

    @ApplicationModuleListener
    public void on(DeadlineOverdue event) {
        if (!EnforcementRules.RECTIFICATION_RUN.equals(event.subjectType())
                || !RectificationOrders.DEADLINE_KIND.equals(event.kind())) {
            return;
        }
        rectifications.lockById(event.subjectId()).ifPresent(r -> {
            if (!r.overdue()) {
                return;
            }
            rectifications.saveAndFlush(r);
            Regulation regulation = rules.pinned(r.regulationCode(), r.regulationVersion());
            String code = chainCode(regulation);
            if (code == null) {
                return;
            }
            List<Measure> allowed = r.stage() == Measure.WARNING
                    ? List.of(Measure.REVOCATION)
                    : List.of(Measure.WARNING, Measure.REVOCATION);
            Evidence overdue = Evidence.record(
                    "RECTIFICATION",
                    r.id(),
                    r.stage().name(),
                    r.textZh() + "（限期 " + r.period().workingDays() + " 个工作日，"
                            + r.period().dueOn() + " 到期未完成）",
                    r.period().dueOn());
            opener.open(r.title(), regulation, code, "RECTIFICATION:" + r.id(), allowed, r.id(), List.of(overdue));
        });
    }

    /** The sanction an overdue rectification falls under: art. 24(6) in Guizhou, the national one in IM. */
    static String chainCode(Regulation regulation) {
        List<TitleRules.Sanction> sanctions = regulation.title().sanctions();
        return sanctions.stream()
                .filter(s -> s.code().equals("RECTIFICATION_FAILED"))
                .findFirst()
                .or(() -> sanctions.stream()
                        .filter(s -> s.consequence() == TitleRules.Consequence.WARNING_OR_REVOCATION
                                && s.code().equals("REVOCATION"))
                        .findFirst())
                .map(TitleRules.Sanction::code)
                .orElse(null);
    }
}
