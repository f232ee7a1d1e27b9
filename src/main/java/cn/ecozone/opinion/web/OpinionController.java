package cn.ecozone.opinion.web;

import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.opinion.OpinionIssuing;
import cn.ecozone.opinion.OpinionManagement;
import cn.ecozone.opinion.OpinionState;
import cn.ecozone.opinion.OpinionSummary;
import cn.ecozone.opinion.OpinionView;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
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

    OpinionController(OpinionManagement opinions, OpinionIssuing issuing) {
        this.opinions = opinions;
        this.issuing = issuing;
    }

    record Create(Long roundId, String stepCode) {}

    record Versioned(Long version) {}

    record Complete(String opinion) {}

    @GetMapping("/api/opinions")
    PageResult<OpinionSummary> list(
            @RequestParam long roundId,
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return opinions.list(roundId, state, q, page, size, CurrentActor.require());
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
