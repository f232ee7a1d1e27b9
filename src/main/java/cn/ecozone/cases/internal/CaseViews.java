package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseView;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Citation;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TypicalCaseRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds a case's view for its reader: the office sees the reviewers and their scores, an expert its own. */
@Component
public class CaseViews {

    private final CaseRows rows;
    private final ReviewerRows reviewers;
    private final CaseProcedure procedure;
    private final RegionManagement regions;
    private final DocumentManagement documents;

    CaseViews(
            CaseRows rows,
            ReviewerRows reviewers,
            CaseProcedure procedure,
            RegionManagement regions,
            DocumentManagement documents) {
        this.rows = rows;
        this.reviewers = reviewers;
        this.procedure = procedure;
        this.regions = regions;
        this.documents = documents;
    }

    /** The case as {@code actor} reads it. Precondition: the caller checked that the actor may read it. */
    public CaseView view(TypicalCaseEntity c, Actor actor) {
        Regulation r = procedure.regulation(c);
        TypicalCaseRules rules = r.typicalCases();
        List<Long> photoIds = rows.photos(List.of(c.id())).getOrDefault(c.id(), List.of());
        Map<Long, StoredDocument> stored = documents.all(photoIds);
        RunView run = procedure.run(c, actor).orElse(null);
        boolean subject = SubjectRoles.GOVERNMENTS.contains(actor.role())
                && c.regionCode().equals(actor.regionCode());
        return new CaseView(
                c.id(),
                c.title(),
                c.regionCode(),
                regions.require(c.regionCode()).name(),
                c.unitName(),
                c.path(),
                c.programme(),
                c.regulationCode(),
                c.regulationVersion(),
                c.year(),
                c.story(),
                rows.results(List.of(c.id())).getOrDefault(c.id(), List.of()),
                photoIds.stream()
                        .filter(stored::containsKey)
                        .map(id -> new CaseView.Photo(id, stored.get(id).name()))
                        .toList(),
                c.state(),
                c.decisionReason(),
                c.publishedAt(),
                c.version(),
                subject && c.state().isWithSubject(),
                note(rules.citation()),
                rules.criteria().stream().map(CaseViews::criterion).toList(),
                reviewersFor(c, actor),
                run);
    }

    /** Whether the actor is the case's office: its staff at the regulation's jurisdiction. */
    public static boolean office(TypicalCaseEntity c, Actor actor) {
        return (actor.role() == Role.PROVINCE_STAFF || actor.role() == Role.COMMITTEE_OFFICE)
                && c.officeRegionCode().equals(actor.regionCode());
    }

    private List<CaseView.Reviewer> reviewersFor(TypicalCaseEntity c, Actor actor) {
        boolean office = office(c, actor);
        if (!office && actor.role() != Role.EXPERT) {
            return List.of();
        }
        List<ReviewerRows.Seat> seats = reviewers.latestSeats(c.id()).stream()
                .filter(s -> office || s.userId() == actor.userId())
                .toList();
        Map<Long, List<CaseView.Score>> scores =
                reviewers.scores(seats.stream().map(ReviewerRows.Seat::id).toList());
        return seats.stream()
                .map(s -> new CaseView.Reviewer(
                        s.expertId(), s.name(), s.doneAt() != null, scores.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private static CaseView.Criterion criterion(ApplicationRules.Rule rule) {
        Citation ct = rule.citation();
        return new CaseView.Criterion(
                rule.code(),
                rule.textZh(),
                ct == null ? null : ct.article(),
                ct != null && ct.uncertain(),
                ct == null ? null : ct.noteZh());
    }

    private static String note(Citation c) {
        return c != null && (c.uncertain() || c.silent()) ? c.noteZh() : null;
    }
}
