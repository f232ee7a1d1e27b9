package cn.ecozone.review.web;

import cn.ecozone.review.PanelFilter;
import cn.ecozone.review.PanelListing;
import cn.ecozone.review.PanelManagement;
import cn.ecozone.review.PanelManagement.ConflictView;
import cn.ecozone.review.PanelManagement.DossierScores;
import cn.ecozone.review.PanelManagement.DrawInput;
import cn.ecozone.review.PanelManagement.PanelView;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Panels for the province's staff: draw (first or supplementary), add, replace, conflicts, progress,
 * disagreement, close, decide.
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COMMITTEE_OFFICE')")
class PanelController {

    private final PanelManagement panels;
    private final PanelListing listing;
    private final WorkbookExports exports;

    PanelController(PanelManagement panels, PanelListing listing, WorkbookExports exports) {
        this.panels = panels;
        this.listing = listing;
        this.exports = exports;
    }

    record AddRequest(Long expertId, String reason) {}

    /** {@code kind}: NO_SHOW (did not show) or LEFT (must leave). */
    record ReplaceRequest(String kind, String reason) {}

    record ReconcileRequest(String criterionCode, String text) {}

    record CloseRequest(Long version) {}

    record DecisionRequest(String decision, String reason) {}

    /** The panels of the actor's pool, a page at a time, each as its full view (issue 14 §6). */
    @GetMapping("/api/review/panels")
    PageResult<PanelView> list(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) @Size(max = 60) String stepCode,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(new PanelFilter(roundId, stepCode, state, q, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/review/panels/export")
    void export(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) @Size(max = 60) String stepCode,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        PanelFilter filter = new PanelFilter(roundId, stepCode, state, q, sort);
        exports.export(
                response,
                "Panel:export",
                filter.exportFilters(),
                "评审组.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @PostMapping("/api/review/panels")
    @ResponseStatus(HttpStatus.CREATED)
    PanelView draw(@RequestBody DrawInput body) {
        return panels.draw(body, CurrentActor.require());
    }

    @GetMapping("/api/review/panels/{id}")
    PanelView view(@PathVariable long id) {
        return panels.view(id, CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/members")
    PanelView add(@PathVariable long id, @RequestBody AddRequest body) {
        return panels.add(id, body.expertId(), body.reason(), CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/members/{expertId}/replacement")
    PanelView replace(@PathVariable long id, @PathVariable long expertId, @RequestBody ReplaceRequest body) {
        return panels.replace(id, expertId, body.kind(), body.reason(), CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/detect")
    List<ConflictView> detect(@PathVariable long id) {
        return panels.detect(id, CurrentActor.require());
    }

    @GetMapping("/api/review/panels/{id}/dossiers/{dossierId}/conflicts")
    List<ConflictView> conflicts(@PathVariable long id, @PathVariable long dossierId) {
        return panels.conflicts(id, dossierId, CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/dossiers/{dossierId}/conflicts/{conflictId}/pin")
    List<ConflictView> pin(@PathVariable long id, @PathVariable long dossierId, @PathVariable long conflictId) {
        return panels.pin(id, dossierId, conflictId, CurrentActor.require());
    }

    @GetMapping("/api/review/panels/{id}/dossiers/{dossierId}/scores")
    DossierScores scores(@PathVariable long id, @PathVariable long dossierId) {
        return panels.scores(id, dossierId, CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/dossiers/{dossierId}/reconciliations")
    DossierScores reconcile(@PathVariable long id, @PathVariable long dossierId, @RequestBody ReconcileRequest body) {
        return panels.reconcile(id, dossierId, body.criterionCode(), body.text(), CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/close")
    PanelView close(@PathVariable long id, @RequestBody CloseRequest body) {
        return panels.close(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/review/panels/{id}/dossiers/{dossierId}/decision")
    PanelView decide(@PathVariable long id, @PathVariable long dossierId, @RequestBody DecisionRequest body) {
        return panels.decide(id, dossierId, body.decision(), body.reason(), CurrentActor.require());
    }
}
