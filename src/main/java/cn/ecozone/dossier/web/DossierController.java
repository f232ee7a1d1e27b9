package cn.ecozone.dossier.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.dossier.DossierDocuments;
import cn.ecozone.dossier.DossierFilter;
import cn.ecozone.dossier.DossierListing;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Dossiers for the business staff within data scope. Who may write is the aggregate's: the subject
 * edits and submits (else 403), the chain's receivers act as the engine allows.
 */
@RestController
@Access.BusinessStaff
class DossierController {

    private final DossierManagement dossiers;
    private final DossierDocuments files;
    private final DataSize maxSize;
    private final DossierListing listing;
    private final WorkbookExports exports;

    DossierController(
            DossierManagement dossiers,
            DossierDocuments files,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            DossierListing listing,
            WorkbookExports exports) {
        this.listing = listing;
        this.exports = exports;
        this.dossiers = dossiers;
        this.files = files;
        this.maxSize = maxSize;
    }

    record CreateRequest(Long candidacyId, Long roundId) {}

    record TextRequest(String text, Long version) {}

    record AnswerRequest(String answer, List<Long> documentIds, Long version) {}

    record VersionRequest(Long version) {}

    record ActionRequest(String action, String reason, String outcome, Long version, Long taskId) {}

    @GetMapping("/api/dossiers")
    PageResult<DossierSummary> list(
            @RequestParam(required = false) DossierState state,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(
                new DossierFilter(state, programme, regionCode, q, year, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/dossiers/export")
    void export(
            @RequestParam(required = false) DossierState state,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        DossierFilter filter = new DossierFilter(state, programme, regionCode, q, year, sort);
        exports.export(
                response,
                "Dossier:export",
                filter.exportFilters(),
                "申报材料.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @PostMapping("/api/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    DossierView create(@RequestBody CreateRequest body) {
        return dossiers.create(body.candidacyId(), body.roundId(), CurrentActor.require());
    }

    @GetMapping("/api/dossiers/{id}")
    DossierView view(@PathVariable long id) {
        return dossiers.view(id, CurrentActor.require());
    }

    @PutMapping("/api/dossiers/{id}/texts/{materialCode}")
    DossierView text(@PathVariable long id, @PathVariable String materialCode, @RequestBody TextRequest body) {
        return dossiers.text(id, materialCode, body.text(), body.version(), CurrentActor.require());
    }

    @PostMapping("/api/dossiers/{id}/materials/{materialCode}/documents")
    DossierView upload(@PathVariable long id, @PathVariable String materialCode, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Long version = MultipartBody.queryLong(request, "version");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return files.attach(id, materialCode, file, version, CurrentActor.require());
    }

    @DeleteMapping("/api/dossiers/{id}/materials/{materialCode}/documents/{documentId}")
    DossierView remove(
            @PathVariable long id,
            @PathVariable String materialCode,
            @PathVariable long documentId,
            @RequestParam(required = false) Long version) {
        return dossiers.detach(id, materialCode, documentId, version, CurrentActor.require());
    }

    @PutMapping("/api/dossiers/{id}/eligibility/{conditionCode}")
    DossierView answer(@PathVariable long id, @PathVariable String conditionCode, @RequestBody AnswerRequest body) {
        return dossiers.answer(
                id, conditionCode, body.answer(), body.documentIds(), body.version(), CurrentActor.require());
    }

    @PostMapping("/api/dossiers/{id}/submit")
    DossierView submit(@PathVariable long id, @RequestBody VersionRequest body) {
        return dossiers.submit(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/dossiers/{id}/actions")
    DossierView act(@PathVariable long id, @RequestBody ActionRequest body) {
        return dossiers.act(
                id,
                body.action(),
                body.reason(),
                body.outcome(),
                body.taskId(),
                body.version(),
                CurrentActor.require());
    }

    @GetMapping({"/api/dossiers/{id}/photos/{documentId}", "/api/dossiers/{id}/documents/{documentId}"})
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = files.document(id, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(files.open(d)));
    }
}
