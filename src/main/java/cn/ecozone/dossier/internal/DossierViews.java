package cn.ecozone.dossier.internal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.dossier.DossierView.Blocker;
import cn.ecozone.dossier.DossierView.ConditionView;
import cn.ecozone.dossier.DossierView.DocumentView;
import cn.ecozone.dossier.DossierView.Level;
import cn.ecozone.dossier.DossierView.MaterialView;
import cn.ecozone.dossier.DossierView.SnapshotView;
import cn.ecozone.dossier.DossierView.Status;
import cn.ecozone.plan.PublicPlan;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.registry.ExclusionManagement;
import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionQuery;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.regulation.ApplicationRules.Material;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a dossier against its pinned regulation: each material, each eligibility condition, the
 * indicator snapshot and the exclusions, and lists what blocks its submission. The as-of date is the
 * submission date once submitted, today while editable.
 */
@Component
public class DossierViews {

    /** What a check of the dossier found. */
    public record Checked(
            List<MaterialView> materials,
            List<ConditionView> conditions,
            SnapshotView indicators,
            ExclusionReport exclusions,
            List<Blocker> blockers,
            boolean excluded,
            boolean needsJudgement) {

        /** How many materials and answers are missing (RED materials and unanswered conditions). */
        public int missing() {
            return (int) blockers.stream()
                    .filter(b -> b.code().startsWith("MATERIAL") || b.code().startsWith("CONDITION"))
                    .count();
        }
    }

    private final DossierParts parts;
    private final DocumentManagement documents;
    private final Eligibility eligibility;
    private final Snapshots snapshots;
    private final ExclusionManagement exclusions;

    DossierViews(
            DossierParts parts,
            DocumentManagement documents,
            Eligibility eligibility,
            Snapshots snapshots,
            ExclusionManagement exclusions) {
        this.exclusions = exclusions;
        this.parts = parts;
        this.documents = documents;
        this.eligibility = eligibility;
        this.snapshots = snapshots;
    }

    /** Whether {@code actor} is the dossier's subject: the role that takes the chain's subject step, at its region. */
    public static boolean isSubject(DossierEntity d, Actor actor) {
        return BodyActors.role(Body.SUBJECT, d.subjectLevel()) == actor.role()
                && d.regionCode().equals(actor.regionCode());
    }

    /** Checks the dossier as of {@code day}. */
    public Checked check(Regulation regulation, DossierEntity d, LocalDate day, Actor actor) {
        DossierParts.Parts p = parts.of(d.id());
        Set<Long> ids = new HashSet<>();
        p.documents().forEach(a -> ids.add(a.documentId()));
        Map<Long, StoredDocument> stored = documents.all(ids);
        Optional<PublicPlan> plan = eligibility.planInForce(d, day);
        List<MaterialView> materials = regulation.application().materials().stream()
                .map(m -> material(m, p, stored, plan))
                .toList();
        List<ConditionView> conditions = eligibility.conditions(regulation, d, p, day, plan);
        SnapshotView indicators = d.snapshot() != null
                ? snapshots.frozen(regulation, d, actor)
                : snapshots.live(regulation, d, day, actor);
        List<Blocker> blockers = new ArrayList<>();
        for (MaterialView m : materials) {
            if (m.status() == Status.RED) {
                m.messages().stream()
                        .filter(x -> x.level() == Level.ERROR)
                        .forEach(x -> blockers.add(new Blocker("MATERIAL", x.textZh(), x.textEn(), m.code())));
            }
        }
        for (ConditionView c : conditions) {
            if (Boolean.TRUE.equals(c.met())) {
                continue;
            }
            if (c.answer() == null || c.answer().isBlank()) {
                blockers.add(new Blocker(
                        "CONDITION",
                        "申报条件“" + abbreviated(c.textZh()) + "”（" + c.article() + "）尚未答复"
                                + (c.automatic() ? "，平台核对未通过" : ""),
                        "Eligibility condition " + c.code() + " (" + c.article() + ") is not answered"
                                + (c.automatic() ? " and the platform's check failed" : ""),
                        null));
            }
        }
        if (indicators.blocksSubmission()) {
            blockers.add(new Blocker(
                    "INDICATORS",
                    indicators.editionCode() == null
                            ? "本级暂无建设指标版本，按规程不能提交（" + indicators.article() + "）"
                            : "近" + indicators.years().size() + "年建设指标未全部达标：" + String.join("、", names(indicators))
                                    + "（" + indicators.article() + "要求各项建设指标均达到要求）",
                    indicators.editionCode() == null
                            ? "No indicator edition for this level; the rules block the application"
                            : "Indicators not met in the last "
                                    + indicators.years().size() + " years: " + String.join(", ", codes(indicators)),
                    null));
        }
        ExclusionReport report = exclusions.evaluate(new ExclusionQuery(
                String.valueOf(d.id()), d.regionCode(), d.regulationCode(), d.regulationVersion(), day));
        for (ExclusionVerdict v : report.verdicts()) {
            if (v.outcome() != ExclusionOutcome.EXCLUDED) {
                continue;
            }
            if (v.records().isEmpty()) {
                blockers.add(new Blocker(
                        "EXCLUSION",
                        "不得申报：" + v.textZh() + "（" + v.article() + "）" + text(v.explanationZh()),
                        "Excluded: " + v.code() + " (" + v.article() + ")" + text(v.explanationEn()),
                        null));
            }
            for (ExclusionVerdict.Trigger t : v.records()) {
                blockers.add(new Blocker(
                        "EXCLUSION",
                        "不得申报：" + v.textZh() + "（" + v.article() + "）——" + t.occurredOn() + " " + t.summary() + "（"
                                + t.sourceIssuer() + " " + t.sourceNumber() + "，" + t.sourceDate() + "，登记记录 "
                                + t.recordId() + "）",
                        "Excluded: " + v.code() + " (" + v.article() + ") by register record " + t.recordId() + " of "
                                + t.occurredOn() + " (" + t.sourceNumber() + ")",
                        null));
            }
        }
        return new Checked(
                materials,
                conditions,
                indicators,
                report,
                List.copyOf(blockers),
                report.excluded(),
                report.needsJudgement());
    }

    /** The indicator snapshot to freeze at a submission on {@code day}. */
    public String freeze(Regulation regulation, DossierEntity d, LocalDate day, java.time.Instant now, Actor actor) {
        return snapshots.freeze(regulation, d, day, now, actor);
    }

    /** The documents of the dossier as the API shows them, by id. */
    public static DocumentView document(StoredDocument s) {
        return new DocumentView(
                s.id(), s.name(), s.type().mediaType(), s.size(), s.width(), s.height(), s.sha256(), s.uploadedAt());
    }

    private static MaterialView material(
            Material m, DossierParts.Parts p, Map<Long, StoredDocument> stored, Optional<PublicPlan> plan) {
        List<DocumentView> docs = p.documentIds(m.code()).stream()
                .map(stored::get)
                .filter(java.util.Objects::nonNull)
                .map(DossierViews::document)
                .toList();
        return switch (m.kind()) {
            case TEXT -> MaterialChecks.text(m, p.texts().get(m.code()));
            case PHOTOS -> MaterialChecks.photos(m, docs);
            case DOCUMENTS ->
                MaterialChecks.documents(
                        m, docs, m.fromPlan() ? plan.map(PublicPlan::id).orElse(null) : null);
        };
    }

    /** The indicators not met in some year (ten named, then how many in all). */
    private static List<String> names(SnapshotView s) {
        List<String> names = new ArrayList<>(s.rows().stream()
                .filter(r -> !r.met())
                .map(r -> r.nameZh() + "（" + r.indicatorCode() + "）")
                .toList());
        if (names.size() > 10) {
            int all = names.size();
            names = new ArrayList<>(names.subList(0, 10));
            names.add("等" + all + "项");
        }
        if (names.isEmpty()) {
            names.add("平台中没有近" + s.years().size() + "年的评价结果");
        }
        return names;
    }

    private static List<String> codes(SnapshotView s) {
        return s.rows().stream()
                .filter(r -> !r.met())
                .map(r -> r.indicatorCode())
                .toList();
    }

    private static String text(String explanation) {
        return explanation == null || explanation.isBlank() ? "" : "：" + explanation;
    }

    private static String abbreviated(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
