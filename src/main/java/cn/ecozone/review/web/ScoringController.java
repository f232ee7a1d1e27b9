package cn.ecozone.review.web;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.dossier.DossierForReview;
import cn.ecozone.review.ScoringManagement;
import cn.ecozone.review.ScoringManagement.MyReview;
import cn.ecozone.review.ScoringManagement.SheetInput;
import cn.ecozone.review.ScoringManagement.SheetView;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The expert's reviews (我的评审): a paged work list, dossiers and their files read-only, the private score sheet, declarations. */
@RestController
@PreAuthorize("hasRole('EXPERT')")
class ScoringController {

    private final ScoringManagement scoring;

    ScoringController(ScoringManagement scoring) {
        this.scoring = scoring;
    }

    record DeclareRequest(String note) {}

    @GetMapping("/api/review/my-panels")
    PageResult<MyReview> mine(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return scoring.mine(state, q, page, size, CurrentActor.require());
    }

    @GetMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}")
    DossierForReview.Reading dossier(@PathVariable long panelId, @PathVariable long dossierId) {
        return scoring.dossier(panelId, dossierId, CurrentActor.require());
    }

    /** A file of the dossier, read-only; 404 unless the expert scores the dossier on the panel. */
    @GetMapping("/api/review/my-panels/{panelId}/dossiers/{dossierId}/documents/{documentId}")
    ResponseEntity<InputStreamResource> file(
            @PathVariable long panelId, @PathVariable long dossierId, @PathVariable long documentId)
            throws IOException {
        StoredDocument d = scoring.document(panelId, dossierId, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(scoring.open(d)));
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
