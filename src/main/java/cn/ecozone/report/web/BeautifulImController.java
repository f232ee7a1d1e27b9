package cn.ecozone.report.web;

import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.report.BeautifulImManagement;
import cn.ecozone.report.BimConsolidation;
import cn.ecozone.report.BimReport;
import cn.ecozone.report.BimSender;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Beautiful Inner Mongolia written reports and their consolidation (seed 004 art. 41): league
 * governments file their league's report; the department's staff (province staff of 150000) record the
 * departments' reports, see the year's overview and make the consolidated report. Others 403.
 */
@RestController
class BeautifulImController {

    private static final String DEPARTMENT = "hasRole('PROVINCE_STAFF')";
    private static final String SENDERS = "hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_GOVERNMENT')";

    private final BeautifulImManagement bim;

    BeautifulImController(BeautifulImManagement bim) {
        this.bim = bim;
    }

    @GetMapping("/api/beautiful-im/overview")
    @PreAuthorize(DEPARTMENT)
    BeautifulImManagement.Overview overview(@RequestParam int year) {
        return bim.overview(year, CurrentActor.require());
    }

    @GetMapping("/api/beautiful-im/reports")
    @PreAuthorize("hasRole('PREFECTURE_GOVERNMENT')")
    List<BimReport> own(@RequestParam int year) {
        return bim.own(year, CurrentActor.require());
    }

    @GetMapping("/api/beautiful-im/sender")
    @PreAuthorize("hasRole('PREFECTURE_GOVERNMENT')")
    BeautifulImManagement.SenderStatus sender() {
        return bim.sender(CurrentActor.require());
    }

    @GetMapping("/api/beautiful-im/reports/{id}")
    @PreAuthorize(SENDERS)
    BimReport report(@PathVariable long id) {
        return bim.report(id, CurrentActor.require());
    }

    @PostMapping("/api/beautiful-im/reminders")
    @PreAuthorize(DEPARTMENT)
    List<BimSender> remind(@RequestBody YearRequest body) {
        return bim.remind(body.year(), CurrentActor.require());
    }

    @PostMapping("/api/beautiful-im/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SENDERS)
    BimReport receive(@Valid @RequestBody ReportRequest body) {
        return bim.receive(body.year(), body.senderCode(), body.text(), CurrentActor.require());
    }

    @PostMapping("/api/beautiful-im/consolidations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DEPARTMENT)
    BimConsolidation consolidate(@RequestBody YearRequest body) {
        return bim.consolidate(body.year(), CurrentActor.require());
    }

    @GetMapping("/api/beautiful-im/consolidations/{id}/{format}")
    @PreAuthorize(DEPARTMENT)
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable String format) throws IOException {
        DocumentType type = switch (format) {
            case "pdf" -> DocumentType.PDF;
            case "docx" -> DocumentType.DOCX;
            default -> throw ApiException.invalid("format", "report.bim.format");
        };
        StoredDocument d = bim.file(id, type, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(bim.open(d)));
    }

    record ReportRequest(
            Integer year,

            @Size(max = 40, message = "{validation.size.max}")
            String senderCode,

            @Size(max = 20000, message = "{validation.size.max}")
            String text) {}

    record YearRequest(Integer year) {}
}
