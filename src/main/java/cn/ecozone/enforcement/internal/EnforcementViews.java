package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.ProposalSummary;
import cn.ecozone.enforcement.ProposalView;
import cn.ecozone.enforcement.RectificationSummary;
import cn.ecozone.enforcement.RectificationView;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Proposals and rectifications as the API shows them. */
public final class EnforcementViews {

    private EnforcementViews() {}

    public static ProposalView proposal(ProposalEntity p, String regionName, Regulation regulation, RunView run) {
        List<ProposalView.MeasureOption> options =
                p.allowedMeasures().stream().map(m -> option(regulation, m)).toList();
        return new ProposalView(
                p.id(),
                p.titleId(),
                p.candidacyId(),
                p.regionCode(),
                regionName,
                p.subjectName(),
                p.programme(),
                p.regulationCode(),
                p.regulationVersion(),
                p.sanctionCode(),
                p.sanctionText(),
                p.article(),
                p.noteZh(),
                p.allowedMeasures(),
                options,
                p.state(),
                p.measure(),
                p.severity(),
                p.reason(),
                p.decidingBody(),
                p.documentNumber(),
                p.decidedBy(),
                p.decidedAt(),
                p.openedAt(),
                p.rectificationId(),
                p.evidence(),
                run,
                p.version());
    }

    private static ProposalView.MeasureOption option(Regulation regulation, Measure m) {
        TitleRules.Measure data = EnforcementRules.measure(regulation, m);
        TitleRules.Period period = data.period();
        String note = data.citation().uncertain() || data.citation().silent()
                ? data.citation().noteZh()
                : null;
        return new ProposalView.MeasureOption(
                m,
                data.by().name(),
                data.textZh(),
                data.citation().article(),
                period == null ? null : period.suggestedWorkingDays(),
                period == null ? note : period.citation().noteZh());
    }

    public static ProposalSummary summary(ProposalEntity p, Map<String, String> names) {
        return new ProposalSummary(
                p.id(),
                p.titleId(),
                p.regionCode(),
                names.get(p.regionCode()),
                p.subjectName(),
                p.sanctionCode(),
                p.sanctionText(),
                p.article(),
                p.state(),
                p.measure(),
                p.severity(),
                p.openedAt());
    }

    public static RectificationView rectification(RectificationEntity r, String regionName, RunView run) {
        return new RectificationView(
                r.id(),
                r.titleId(),
                r.candidacyId(),
                r.regionCode(),
                regionName,
                r.subjectName(),
                r.regulationCode(),
                r.regulationVersion(),
                r.stage(),
                r.origin(),
                r.proposalId(),
                r.checkId(),
                r.textZh(),
                r.period().workingDays(),
                r.period().periodArticle(),
                r.period().periodNote(),
                r.period().orderedOn(),
                r.period().dueOn(),
                r.period().dueExplanation() == null
                        ? List.of()
                        : Arrays.asList(r.period().dueExplanation().split("\n")),
                r.state(),
                r.report(),
                r.reportedOn(),
                r.awaitingAcceptance(),
                r.documents().stream()
                        .map(d -> new RectificationView.Document(
                                d.documentId(), d.name(), d.uploadedBy(), d.uploadedAt()))
                        .toList(),
                r.orderedBy(),
                r.createdAt(),
                run,
                r.version());
    }

    public static RectificationSummary summary(RectificationEntity r, Map<String, String> names) {
        return new RectificationSummary(
                r.id(),
                r.titleId(),
                r.regionCode(),
                names.get(r.regionCode()),
                r.subjectName(),
                r.stage(),
                r.origin(),
                r.period().orderedOn(),
                r.period().dueOn(),
                r.state());
    }
}
