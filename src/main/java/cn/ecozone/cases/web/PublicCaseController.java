package cn.ecozone.cases.web;

import cn.ecozone.cases.CaseCollections;
import cn.ecozone.cases.CasePhotos;
import cn.ecozone.cases.PublicCase;
import cn.ecozone.cases.PublicCaseLibrary;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public case library and the yearly collections (no login; published cases only). */
@RestController
@Access.Public
class PublicCaseController {

    private final PublicCaseLibrary library;
    private final CasePhotos photos;
    private final CaseCollections collections;

    PublicCaseController(PublicCaseLibrary library, CasePhotos photos, CaseCollections collections) {
        this.library = library;
        this.photos = photos;
        this.collections = collections;
    }

    @GetMapping("/api/public/cases")
    PageResult<PublicCase.Summary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String path,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return library.list(q, path, regionCode, year, page, size);
    }

    @GetMapping("/api/public/cases/{id}")
    PublicCase view(@PathVariable long id) {
        return library.find(id);
    }

    @GetMapping("/api/public/cases/{id}/photos/{documentId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = library.photo(id, documentId);
        return Files.inline(d, photos.open(d));
    }

    @GetMapping("/api/public/case-collections")
    PageResult<PublicCase.Collection> collections(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return collections.list(page, size);
    }

    @GetMapping("/api/public/case-collections/{id}/document")
    ResponseEntity<InputStreamResource> collection(@PathVariable long id) throws IOException {
        StoredDocument d = collections.document(id);
        return Files.attachment(d, collections.open(d));
    }
}
