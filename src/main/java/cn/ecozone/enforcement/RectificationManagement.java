package cn.ecozone.enforcement;

import cn.ecozone.enforcement.internal.EnforcementViews;
import cn.ecozone.enforcement.internal.RectificationActs;
import cn.ecozone.enforcement.internal.RectificationEntity;
import cn.ecozone.enforcement.internal.Rectifications;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectifications (整改, Guizhou art. 23; IM eco-civ art. 18): one (the list is {@link EnforcementListing})
 * with its due date and run, the subject's report, and the department's acceptance or return. The
 * due date is a deadline whose overdue event opens the next proposal (a warning, then revocation).
 */
@Service
@Transactional(readOnly = true)
public class RectificationManagement {

    private final Rectifications rectifications;
    private final RectificationActs acts;
    private final RegionManagement regions;
    private final ProcedureManagement procedures;

    RectificationManagement(
            Rectifications rectifications,
            RectificationActs acts,
            RegionManagement regions,
            ProcedureManagement procedures) {
        this.rectifications = rectifications;
        this.acts = acts;
        this.regions = regions;
        this.procedures = procedures;
    }

    /** Rectification {@code id}; 404 outside the actor's scope. */
    public RectificationView view(long id, Actor actor) {
        return view(visible(id, actor), actor);
    }

    /** The rectifications of title {@code titleId} in the actor's scope, oldest first: its enforcement history. */
    public List<RectificationSummary> ofTitle(long titleId, Actor actor) {
        List<RectificationEntity> found = rectifications.findByTitleIdOrderByIdAsc(titleId).stream()
                .filter(r -> actor.scope().includes(r.regionPath()))
                .toList();
        Map<String, String> names = regions.names(
                found.stream().map(RectificationEntity::regionCode).collect(Collectors.toSet()));
        return found.stream().map(r -> EnforcementViews.summary(r, names)).toList();
    }

    /** The subject reports (text at most 4000 characters) and the run moves to the department's acceptance. */
    @Transactional
    public RectificationView report(long id, long version, String report, List<Long> documentIds, Actor actor) {
        return view(acts.report(id, version, report, documentIds, actor), actor);
    }

    /** The department accepts the report: the rectification is completed and its deadline closed. */
    @Transactional
    public RectificationView accept(long id, long version, String opinion, Actor actor) {
        return view(acts.accept(id, version, opinion, actor), actor);
    }

    /** The department returns the report with a reason: the subject reports again within the same period. */
    @Transactional
    public RectificationView returnWithReason(long id, long version, String reason, Actor actor) {
        return view(acts.returnReport(id, version, reason, actor), actor);
    }

    /** Whether the actor may upload a report document now (404, 409 or 403 otherwise). */
    void requireUploadable(long id, Actor actor) {
        acts.requireUploadable(id, actor);
    }

    /** Keeps a stored document with the rectification, in the document's transaction. */
    @Transactional
    RectificationView attach(long id, long documentId, String name, Actor actor) {
        return view(acts.attach(id, documentId, name, actor), actor);
    }

    /** The id of a document uploaded for rectification {@code id} in the actor's scope; 404 otherwise. */
    long document(long id, long documentId, Actor actor) {
        return visible(id, actor).documents().stream()
                .filter(d -> d.documentId() == documentId)
                .findFirst()
                .orElseThrow(() -> cn.ecozone.shared.ApiException.notFound(
                        "enforcement.rectification.document-not-found", documentId))
                .documentId();
    }

    private RectificationEntity visible(long id, Actor actor) {
        return rectifications
                .findById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .orElseThrow(EnforcementFacts.RectificationNotFound::new);
    }

    private RectificationView view(RectificationEntity r, Actor actor) {
        var run = r.runId() == null ? null : procedures.view(r.runId(), actor);
        return EnforcementViews.rectification(r, regions.require(r.regionCode()).name(), run);
    }
}
