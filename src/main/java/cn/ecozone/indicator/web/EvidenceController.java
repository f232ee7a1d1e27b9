package cn.ecozone.indicator.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.indicator.Evidence;
import cn.ecozone.indicator.EvidenceFilter;
import cn.ecozone.indicator.EvidenceManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence files of an indicator value (佐证材料): PDF or image, checked by content. The optional
 * {@code unit} parameter names a construction unit of the region; without it, the region's own value.
 */
@RestController
@RequestMapping("/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence")
@Access.BusinessStaff
class EvidenceController {

    private final EvidenceManagement evidence;
    private final DataSize maxSize;

    EvidenceController(EvidenceManagement evidence, @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.evidence = evidence;
        this.maxSize = maxSize;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'PREFECTURE_GOVERNMENT',"
            + " 'PREFECTURE_STAFF', 'COMMITTEE_OFFICE')")
    Evidence attach(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable String indicator,
            HttpServletRequest request) {
        // the body is read as it arrives, once, hashed while written (ADR 0021); so no @RequestParam here:
        // asking for a parameter makes the container parse and store the whole body first
        Long unit = MultipartBody.queryLong(request, "unit");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return evidence.attach(edition, region, unit, year, indicator, file, CurrentActor.require());
    }

    /** Removes an evidence file before submission, with a reason; the file is kept for the audit. */
    @PostMapping("/{id}/removal")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'PREFECTURE_GOVERNMENT',"
            + " 'PREFECTURE_STAFF', 'COMMITTEE_OFFICE')")
    Evidence remove(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable String indicator,
            @PathVariable long id,
            @RequestParam(required = false) Long unit,
            @Valid @RequestBody RemovalRequest body) {
        return evidence.remove(edition, region, unit, year, indicator, id, body.reason(), CurrentActor.require());
    }

    /** Why the evidence is removed: required, at most 500 characters. */
    record RemovalRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
            String reason) {}

    /**
     * A page of the value's files: {@code q} searches the file's and the uploading organization's names,
     * {@code type} and {@code removed} filter, {@code sort} orders by {@code name}, {@code organization},
     * {@code uploaded} or {@code type} ({@code -} before it: descending; default the oldest first).
     */
    @GetMapping
    EvidenceManagement.EvidencePage list(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable String indicator,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Boolean removed,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return evidence.list(
                edition,
                region,
                unit,
                year,
                indicator,
                new EvidenceFilter(q, type, removed, sort),
                page,
                size,
                CurrentActor.require());
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String edition,
            @PathVariable String region,
            @PathVariable int year,
            @PathVariable String indicator,
            @PathVariable long id,
            @RequestParam(required = false) Long unit)
            throws IOException {
        EvidenceManagement.Download d =
                evidence.open(edition, region, unit, year, indicator, id, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.document().type().mediaType()))
                .contentLength(d.document().size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.document().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }
}
