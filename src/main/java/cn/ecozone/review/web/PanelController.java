package cn.ecozone.review.web;

import cn.ecozone.review.PanelManagement;
import cn.ecozone.review.PanelManagement.ConflictView;
import cn.ecozone.review.PanelManagement.DossierScores;
import cn.ecozone.review.PanelManagement.DrawInput;
import cn.ecozone.review.PanelManagement.PanelView;
import cn.ecozone.shared.CurrentActor;
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

    PanelController(PanelManagement panels) {
        this.panels = panels;
    }

    record AddRequest(Long expertId, String reason) {}

    /** {@code kind}: NO_SHOW (did not show) or LEFT (must leave). */
    record ReplaceRequest(String kind, String reason) {}

    record ReconcileRequest(String criterionCode, String text) {}

    record CloseRequest(Long version) {}

    record DecisionRequest(String decision, String reason) {}

    @GetMapping("/api/review/panels")
    List<PanelView> ofRound(@RequestParam long roundId) {
        return panels.ofRound(roundId, CurrentActor.require());
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
