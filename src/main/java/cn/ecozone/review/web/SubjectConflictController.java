package cn.ecozone.review.web;

import cn.ecozone.review.ExpertPoolManagement;
import cn.ecozone.review.ExpertPoolManagement.ExpertName;
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

/** A dossier's subject declares a conflict with a pool expert, found by name (name and organization only). */
@RestController
@PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
class SubjectConflictController {

    private final ExpertPoolManagement pool;

    SubjectConflictController(ExpertPoolManagement pool) {
        this.pool = pool;
    }

    record DeclareRequest(Long expertId, String note) {}

    @GetMapping("/api/review/dossiers/{dossierId}/experts")
    List<ExpertName> search(@PathVariable long dossierId, @RequestParam(required = false) String q) {
        return pool.searchForSubject(dossierId, q, CurrentActor.require());
    }

    @PostMapping("/api/review/dossiers/{dossierId}/conflicts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declare(@PathVariable long dossierId, @RequestBody DeclareRequest body) {
        pool.declareBySubject(dossierId, body.expertId(), body.note(), CurrentActor.require());
    }
}
