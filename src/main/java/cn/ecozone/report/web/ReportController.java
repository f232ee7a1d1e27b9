package cn.ecozone.report.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.report.ReportCommand;
import cn.ecozone.report.ReportDocuments;
import cn.ecozone.report.ReportFilter;
import cn.ecozone.report.ReportInput;
import cn.ecozone.report.ReportManagement;
import cn.ecozone.report.ReportState;
import cn.ecozone.report.ReportSummary;
import cn.ecozone.report.ReportView;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Annual reports (年度报告). Reads for business staff within data scope (administrators 403); the subject
 * governments open, write and attach; every act goes through the report's run, which decides who may act
 * at which step (403 for anybody else).
 */
@RestController
@Access.BusinessStaff
class ReportController {

    private static final String SUBJECTS = "hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')";

    private final ReportManagement reports;
    private final ReportDocuments documents;
    private final DataSize maxSize;

    ReportController(
            ReportManagement reports,
            ReportDocuments documents,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.reports = reports;
        this.documents = documents;
        this.maxSize = maxSize;
    }

    /** A page of the reports in scope that match the filter, newest year first. */
    @GetMapping("/api/annual-reports")
    PageResult<ReportSummary> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ReportState state,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return reports.list(new ReportFilter(year, state, region, q), page, size, CurrentActor.require());
    }

    @GetMapping("/api/annual-reports/{id}")
    ReportView view(@PathVariable long id) {
        return reports.view(id, CurrentActor.require());
    }

    @PostMapping("/api/annual-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SUBJECTS)
    ReportView open(@RequestBody OpenRequest body) {
        if (body.titleId() == null) {
            throw ApiException.invalid("titleId", "validation.required");
        }
        return reports.open(body.titleId(), body.year(), CurrentActor.require());
    }

    @PutMapping("/api/annual-reports/{id}")
    @PreAuthorize(SUBJECTS)
    ReportView update(@PathVariable long id, @Valid @RequestBody WriteRequest body) {
        return reports.update(
                id, new ReportInput(body.text(), body.progress()), body.version(), CurrentActor.require());
    }

    /**
     * Attaches a document: {@code version} from the query string, the {@code file} part streamed (issue 10,
     * ADR 0021). No role check here: a multipart body is resolved before it; the run refuses non-subjects.
     */
    @PostMapping("/api/annual-reports/{id}/attachments")
    ReportView attach(@PathVariable long id, HttpServletRequest request) {
        Long version = MultipartBody.queryLong(request, "version");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return documents.attach(id, file, version, CurrentActor.require());
    }

    @GetMapping("/api/annual-reports/{id}/attachments/{documentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long documentId)
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

    /** An act from the procedure panel: submit, accept, return with reason, withdraw. */
    @PostMapping("/api/annual-reports/{id}/act")
    ReportView act(@PathVariable long id, @Valid @RequestBody ActRequest body) {
        return reports.act(
                id,
                new ReportCommand(body.action(), body.stepCode(), body.opinion(), body.reason(), body.version()),
                CurrentActor.require());
    }

    record OpenRequest(Long titleId, Integer year) {}

    record WriteRequest(
            @Size(max = 20000, message = "{validation.size.max}")
            String text,

            @Size(max = 20000, message = "{validation.size.max}")
            String progress,

            Long version) {}

    record ActRequest(
            @Size(max = 20, message = "{validation.size.max}")
            String action,

            @Size(max = 40, message = "{validation.size.max}")
            String stepCode,

            @Size(max = 2000, message = "{validation.size.max}")
            String opinion,

            @Size(max = 1000, message = "{validation.size.max}")
            String reason,

            Long version) {}
}
