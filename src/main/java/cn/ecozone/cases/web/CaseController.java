package cn.ecozone.cases.web;

import cn.ecozone.cases.CaseCollections;
import cn.ecozone.cases.CaseInput;
import cn.ecozone.cases.CaseManagement;
import cn.ecozone.cases.CasePhotos;
import cn.ecozone.cases.CaseReviewManagement;
import cn.ecozone.cases.CaseView;
import cn.ecozone.cases.PublicCase;
import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.review.CaseExperts;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Typical cases for staff and experts (issue 13 §5). Governments recommend, the office (department or
 * Xilingol's committee office) appoints experts and decides, appointed experts score.
 */
@RestController
class CaseController {

    static final String GOVERNMENTS = "hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')";
    static final String OFFICES = "hasAnyRole('PROVINCE_STAFF', 'COMMITTEE_OFFICE')";

    private final CaseManagement cases;
    private final CaseReviewManagement reviews;
    private final CasePhotos photos;
    private final CaseCollections collections;
    private final DataSize maxSize;

    CaseController(
            CaseManagement cases,
            CaseReviewManagement reviews,
            CasePhotos photos,
            CaseCollections collections,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.cases = cases;
        this.reviews = reviews;
        this.photos = photos;
        this.collections = collections;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/cases/{id}")
    @Access.BusinessUser
    CaseView view(@PathVariable long id) {
        return cases.view(id, CurrentActor.require());
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(GOVERNMENTS)
    CaseView create(@RequestBody CaseInput body) {
        return cases.create(body, CurrentActor.require());
    }

    @PutMapping("/api/cases/{id}")
    @PreAuthorize(GOVERNMENTS)
    CaseView update(@PathVariable long id, @RequestBody CaseInput body) {
        return cases.update(id, body, CurrentActor.require());
    }

    @PostMapping("/api/cases/{id}/recommendation")
    @PreAuthorize(GOVERNMENTS)
    CaseView recommend(@PathVariable long id, @RequestBody VersionRequest body) {
        return cases.recommend(id, body.version(), CurrentActor.require());
    }

    /** The photo's bytes read from the body as they arrive ({@code version} in the query string). */
    @PostMapping("/api/cases/{id}/photos")
    @PreAuthorize(GOVERNMENTS)
    CaseView addPhoto(@PathVariable long id, HttpServletRequest request) {
        Long version = MultipartBody.queryLong(request, "version");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return photos.add(id, file, version, CurrentActor.require());
    }

    @DeleteMapping("/api/cases/{id}/photos/{documentId}")
    @PreAuthorize(GOVERNMENTS)
    CaseView removePhoto(@PathVariable long id, @PathVariable long documentId, @RequestParam Long version) {
        return photos.remove(id, documentId, version, CurrentActor.require());
    }

    @GetMapping("/api/cases/{id}/photos/{documentId}")
    @Access.BusinessUser
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = photos.photo(id, documentId, CurrentActor.require());
        return Files.inline(d, photos.open(d));
    }

    @GetMapping("/api/cases/{id}/candidates")
    @PreAuthorize(OFFICES)
    List<CaseExperts.Candidate> candidates(@PathVariable long id) {
        return reviews.candidates(id, CurrentActor.require());
    }

    @PostMapping("/api/cases/{id}/reviewers")
    @PreAuthorize(OFFICES)
    CaseView appoint(@PathVariable long id, @RequestBody AppointRequest body) {
        return reviews.appoint(id, body.version(), body.expertIds(), CurrentActor.require());
    }

    @PutMapping("/api/cases/{id}/scores")
    @PreAuthorize("hasRole('EXPERT')")
    CaseView score(@PathVariable long id, @RequestBody CaseReviewManagement.ScoreInput body) {
        return reviews.score(id, body, CurrentActor.require());
    }

    /** The office's acts: {@code review}, {@code publish}, {@code reject}, {@code return}. */
    @PostMapping("/api/cases/{id}/decisions/{action}")
    @PreAuthorize(OFFICES)
    CaseView act(@PathVariable long id, @PathVariable String action, @RequestBody CaseManagement.Decision body) {
        return cases.act(id, action, body, CurrentActor.require());
    }

    @PostMapping("/api/cases/collections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICES)
    PublicCase.Collection generate(@RequestBody CollectionRequest body) {
        return collections.generate(body.year(), CurrentActor.require());
    }

    record VersionRequest(Long version) {}

    record AppointRequest(Long version, List<Long> expertIds) {}

    record CollectionRequest(Integer year) {}
}
