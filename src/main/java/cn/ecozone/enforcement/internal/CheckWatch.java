package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.supervision.CheckConcluded;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleState;
import cn.ecozone.title.TitleView;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A concluded check (supervision): where it found problems, its conclusion orders a rectification
 * with the conclusion's period, or the data's suggestion (Guizhou art. 23: 发现问题的提出整改要求，实践地区
 * 在限定期内完成整改 — the order is part of the conclusion, no proposal); where it found falsification, a
 * proposal {@code FRAUD} opens with the conclusion as evidence (art. 24(7)). At most one rectification
 * per check (a unique key), so a redelivered event orders nothing twice.
 */
@Component
class CheckWatch {

    private final TitleRecords titles;
    private final TitleEvaluation evaluation;
    private final EnforcementRules rules;
    private final RectificationOrders orders;
    private final Rectifications rectifications;
    private final ProposalOpener opener;

    CheckWatch(
            TitleRecords titles,
            TitleEvaluation evaluation,
            EnforcementRules rules,
            RectificationOrders orders,
            Rectifications rectifications,
            ProposalOpener opener) {
        this.titles = titles;
        this.evaluation = evaluation;
        this.rules = rules;
        this.orders = orders;
        this.rectifications = rectifications;
        this.opener = opener;
    }

    @ApplicationModuleListener
    public void on(CheckConcluded event) {
        Optional<TitleView> title = titles.find(event.titleId())
                // Guizhou art. 22: the post-evaluation falls on 满3年, the day after a 3-year title's last valid day,
                // so a title expired by date is still supervised; only a revoked one is not
                .filter(t -> t.state() != TitleState.REVOKED);
        Optional<Regulation> regulation = title.flatMap(t -> rules.inForce(t.regulationCode()));
        if (title.isEmpty() || regulation.isEmpty()) {
            return;
        }
        TitleRef ref = evaluation.ref(title.get());
        if (event.problemsFound() && !rectifications.existsByCheckId(event.checkId())) {
            orders.order(
                    ref,
                    regulation.get(),
                    Measure.RECTIFICATION,
                    event.kind().name(),
                    null,
                    event.checkId(),
                    event.rectificationWorkingDays(),
                    event.concludedOn(),
                    event.concludedBy());
        }
        if (event.falsificationFound()) {
            Evidence conclusion = Evidence.record(
                    "CHECK", event.checkId(), event.kind().name(), event.findingsZh(), event.concludedOn());
            opener.open(ref, regulation.get(), "FRAUD", "CHECK:" + event.checkId(), null, null, List.of(conclusion));
        }
    }
}
