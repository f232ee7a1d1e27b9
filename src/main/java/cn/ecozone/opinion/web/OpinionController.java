package cn.ecozone.opinion.web;

import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.opinion.OpinionFilter;
import cn.ecozone.opinion.OpinionIssuing;
import cn.ecozone.opinion.OpinionListing;
import cn.ecozone.opinion.OpinionManagement;
import cn.ecozone.opinion.OpinionState;
import cn.ecozone.opinion.OpinionSummary;
import cn.ecozone.opinion.OpinionView;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * Opinions (docs/opinion.md): the province's staff and the prefecture's bodies read the opinions of
 * their scope; the body that forms an opinion at a step drafts, edits, issues it and completes the
 * covered dossiers' steps (checked by the façade).
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT')")
class OpinionController {

    private final OpinionManagement opinions;
    private final OpinionIssuing issuing;

    private final OpinionListing listing;
    private final WorkbookExports exports;

    OpinionController(
            OpinionManagement opinions, OpinionIssuing issuing, OpinionListing listing, WorkbookExports exports) {
        this.opinions = opinions;
        this.issuing = issuing;
        this.listing = listing;
        this.exports = exports;
    }

    record Create(Long roundId, String stepCode) {}

    record Versioned(Long version) {}

    record Complete(String opinion) {}

    @GetMapping("/api/opinions")
    PageResult<OpinionSummary> list(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) @Size(max = 60) String stepCode,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(new OpinionFilter(roundId, state, stepCode, q, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/opinions/export")
    void export(
            @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) @Size(max = 60) String stepCode,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        OpinionFilter filter = new OpinionFilter(roundId, state, stepCode, q, sort);
        exports.export(
                response,
                "Opinion:export",
                filter.exportFilters(),
                "预审意见.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/opinions/steps")
    List<String> steps(@RequestParam long roundId) {
        return opinions.opinionSteps(roundId, CurrentActor.require());
    }

    @GetMapping("/api/opinions/{id}")
    OpinionView view(@PathVariable long id) {
        return opinions.view(id, CurrentActor.require());
    }

    @PostMapping("/api/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    OpinionView create(@RequestBody Create body) {
        if (body.roundId() == null) {
            throw ApiException.invalid("roundId", "validation.required");
        }
        return opinions.create(body.roundId(), body.stepCode(), CurrentActor.require());
    }

    @PutMapping("/api/opinions/{id}")
    OpinionView edit(@PathVariable long id, @RequestBody OpinionManagement.Edit body) {
        return opinions.edit(id, body, CurrentActor.require());
    }

    @PostMapping("/api/opinions/{id}/refresh")
    OpinionView refresh(@PathVariable long id, @RequestBody Versioned body) {
        return opinions.refresh(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/opinions/{id}/issue")
    OpinionView issue(@PathVariable long id, @RequestBody Versioned body) {
        return issuing.issue(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/opinions/{id}/complete-steps")
    OpinionView completeSteps(@PathVariable long id, @RequestBody(required = false) Complete body) {
        return issuing.completeSteps(id, body == null ? null : body.opinion(), CurrentActor.require());
    }

    @GetMapping("/api/opinions/{id}/files/{format}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable String format) throws IOException {
        DocumentType type = switch (format) {
            case "docx" -> DocumentType.DOCX;
            case "pdf" -> DocumentType.PDF;
            default -> throw ApiException.invalid("format", "opinion.format");
        };
        StoredDocument d = opinions.file(id, type, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", d.sha256())
                .body(new InputStreamResource(opinions.open(d)));
    }
}
