package cn.ecozone.review.web;

import cn.ecozone.dossier.DossierForReview;
import cn.ecozone.review.ScoringManagement;
import cn.ecozone.review.ScoringManagement.MyPanel;
import cn.ecozone.review.ScoringManagement.SheetInput;
import cn.ecozone.review.ScoringManagement.SheetView;
import cn.ecozone.shared.CurrentActor;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The expert's reviews (我的评审): panels, dossiers read-only, the private score sheet, declarations. */
@RestController
@PreAuthorize("hasRole('EXPERT')")
class ScoringController {

    private final ScoringManagement scoring;

    ScoringController(ScoringManagement scoring) {
        this.scoring = scoring;
    }

    record DeclareRequest(String note) {}

    @GetMapping("/api/review/my-panels")
    List<MyPanel> mine() {
        return scoring.mine(CurrentActor.require());
    }

    @GetMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}")
    DossierForReview.Reading dossier(@PathVariable long panelId, @PathVariable long dossierId) {
        return scoring.dossier(panelId, dossierId, CurrentActor.require());
    }

    @GetMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}/sheet")
    SheetView sheet(@PathVariable long panelId, @PathVariable long dossierId) {
        return scoring.sheet(panelId, dossierId, CurrentActor.require());
    }

    @PutMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}/sheet")
    SheetView save(@PathVariable long panelId, @PathVariable long dossierId, @RequestBody SheetInput body) {
        return scoring.save(panelId, dossierId, body, CurrentActor.require());
    }

    @PostMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}/conflict")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declare(@PathVariable long panelId, @PathVariable long dossierId, @RequestBody DeclareRequest body) {
        scoring.declare(panelId, dossierId, body.note(), CurrentActor.require());
    }
}
