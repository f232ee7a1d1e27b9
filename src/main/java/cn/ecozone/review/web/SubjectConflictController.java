package cn.ecozone.review.web;

import cn.ecozone.review.SubjectConflictManagement;
import cn.ecozone.review.SubjectConflictManagement.SubjectDeclarationInput;
import cn.ecozone.review.SubjectConflictManagement.SubjectDeclarations;
import cn.ecozone.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dossier's subject declares a conflict with an expert by the name (and organization) it types in; the
 * answer is the same whether or not the name is in the pool, which the subject never sees.
 */
@RestController
@PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
class SubjectConflictController {

    private final SubjectConflictManagement conflicts;

    SubjectConflictController(SubjectConflictManagement conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping("/api/review/dossiers/{dossierId}/conflicts")
    SubjectDeclarations declarations(@PathVariable long dossierId) {
        return conflicts.declarationsForSubject(dossierId, CurrentActor.require());
    }

    @PostMapping("/api/review/dossiers/{dossierId}/conflicts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declare(@PathVariable long dossierId, @RequestBody SubjectDeclarationInput body) {
        conflicts.declareBySubject(dossierId, body, CurrentActor.require());
    }
}
