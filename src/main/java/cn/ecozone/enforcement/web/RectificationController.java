package cn.ecozone.enforcement.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.enforcement.EnforcementListing;
import cn.ecozone.enforcement.RectificationDocuments;
import cn.ecozone.enforcement.RectificationFilter;
import cn.ecozone.enforcement.RectificationManagement;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.enforcement.RectificationSummary;
import cn.ecozone.enforcement.RectificationView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rectifications (整改): the department, the prefecture bureaus and the subjects read them in their
 * scope and download the report's documents; the subject uploads them and reports, the department
 * accepts or returns (the engine checks who acts).
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT',"
        + " 'CONSTRUCTION_SUBJECT')")
class RectificationController {

    private final RectificationManagement rectifications;
    private final EnforcementListing listing;
    private final RectificationDocuments documents;
    private final DataSize maxSize;

    private final WorkbookExports exports;

    RectificationController(
            RectificationManagement rectifications,
            EnforcementListing listing,
            RectificationDocuments documents,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.rectifications = rectifications;
        this.listing = listing;
        this.documents = documents;
        this.maxSize = maxSize;
    }

    record Report(Long version, String report, List<Long> documentIds) {}

    record Act(Long version, String opinion) {}

    /**
     * A page of the rectifications in the reader's scope (issue 14 §6): {@code q} part of the subject's
     * or its region's name, the region's subtree, programme, the year ordered; {@code sort} one of
     * created, ordered, due, state, stage, region, subject, {@code -} before it for descending.
     */
    @GetMapping("/api/rectifications")
    PageResult<RectificationSummary> list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) RectificationState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.rectifications(
                new RectificationFilter(q, state, region, programme, year, sort), page, size, CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/rectifications/export")
    void export(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) RectificationState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        RectificationFilter filter = new RectificationFilter(q, state, region, programme, year, sort);
        exports.export(
                response,
                "Rectification:export",
                filter.describe(),
                "整改.xlsx",
                out -> listing.exportRectifications(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/rectifications/{id}")
    RectificationView view(@PathVariable long id) {
        return rectifications.view(id, CurrentActor.require());
    }

    @GetMapping("/api/enforcement/titles/{titleId}/rectifications")
    List<RectificationSummary> ofTitle(@PathVariable long titleId) {
        return rectifications.ofTitle(titleId, CurrentActor.require());
    }

    @PostMapping("/api/rectifications/{id}/report")
    @PreAuthorize("hasAnyRole('PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    RectificationView report(@PathVariable long id, @RequestBody Report body) {
        return rectifications.report(
                id, version(body.version()), body.report(), body.documentIds(), CurrentActor.require());
    }

    /**
     * Uploads a document for the report: the {@code file} part streamed, checked by content (texts and
     * images). Only the subject holding the report task, while the rectification runs; checked before
     * the bytes are read and again when they are kept.
     */
    @PostMapping("/api/rectifications/{id}/documents")
    @PreAuthorize("hasAnyRole('PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    RectificationView upload(@PathVariable long id, HttpServletRequest request) {
        documents.requireUploadable(id, CurrentActor.require());
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return documents.upload(id, file, CurrentActor.require());
    }

    /** A document of the report, for whoever may read the rectification. */
    @GetMapping("/api/rectifications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable long id, @PathVariable long documentId)
            throws IOException {
        StoredDocument d = documents.document(id, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(documents.open(d)));
    }

    @PostMapping("/api/rectifications/{id}/accept")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RectificationView accept(@PathVariable long id, @RequestBody Act body) {
        return rectifications.accept(id, version(body.version()), body.opinion(), CurrentActor.require());
    }

    @PostMapping("/api/rectifications/{id}/return")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RectificationView returnWithReason(@PathVariable long id, @RequestBody Act body) {
        return rectifications.returnWithReason(id, version(body.version()), body.opinion(), CurrentActor.require());
    }

    private static long version(Long version) {
        if (version == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        return version;
    }
}
