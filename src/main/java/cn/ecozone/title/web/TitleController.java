package cn.ecozone.title.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import cn.ecozone.title.NamingInput;
import cn.ecozone.title.NamingManagement;
import cn.ecozone.title.NamingView;
import cn.ecozone.title.PlatformReceiptView;
import cn.ecozone.title.PlatformReceipts;
import cn.ecozone.title.PublicTitle;
import cn.ecozone.title.ReceiptInput;
import cn.ecozone.title.TitleFilter;
import cn.ecozone.title.TitleManagement;
import cn.ecozone.title.TitleView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * The national-platform receipt (the subject, IM eco-civ art. 16), the naming (province staff), the
 * titles (business staff in scope) and the public list of titled areas (no login).
 */
@RestController
class TitleController {

    private final PlatformReceipts receipts;
    private final NamingManagement namings;
    private final TitleManagement titles;
    private final DataSize maxSize;
    private final WorkbookExports exports;

    TitleController(
            PlatformReceipts receipts,
            NamingManagement namings,
            TitleManagement titles,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.receipts = receipts;
        this.namings = namings;
        this.titles = titles;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/platform-receipts/{dossierId}")
    @Access.BusinessStaff
    ResponseEntity<PlatformReceiptView> receipt(@PathVariable long dossierId) {
        return ResponseEntity.of(receipts.of(dossierId, CurrentActor.require()));
    }

    /** The uploaded receipt's file, for the subject and the province (readers of the dossier in scope). */
    @GetMapping("/api/platform-receipts/{dossierId}/document")
    @Access.BusinessStaff
    ResponseEntity<InputStreamResource> receiptFile(@PathVariable long dossierId) throws IOException {
        StoredDocument d = receipts.receiptFile(dossierId, CurrentActor.require());
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
                .body(new InputStreamResource(receipts.open(d)));
    }

    /** The engine admits only the subject that holds the step's task. */
    @PostMapping("/api/platform-receipts/{dossierId}")
    @Access.BusinessStaff
    PlatformReceiptView record(@PathVariable long dossierId, @RequestBody ReceiptInput body) {
        return receipts.record(dossierId, body, CurrentActor.require());
    }

    @PostMapping("/api/platform-receipts/{dossierId}/document")
    @Access.BusinessStaff
    PlatformReceiptView recordWithDocument(@PathVariable long dossierId, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Long version = MultipartBody.queryLong(request, "version");
        LocalDate submittedOn = date(MultipartBody.queryParameter(request, "submittedOn"));
        String number = MultipartBody.queryParameter(request, "receiptNumber");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return receipts.recordWithDocument(
                dossierId, file, new ReceiptInput(submittedOn, number, null, version), CurrentActor.require());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("submittedOn", "error.parameter.type", "submittedOn", text);
        }
    }

    @PostMapping("/api/namings/{dossierId}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    NamingView name(@PathVariable long dossierId, @RequestBody NamingInput body) {
        return namings.name(dossierId, body, CurrentActor.require());
    }

    /**
     * A page of the titles in scope (issue 14 §6): {@code regionCode} (and below), {@code programme},
     * {@code year} of naming and {@code q} in the subject's name filter; {@code sort} is one of subject,
     * region, programme, named, valid, {@code -} before it for descending (default {@code -named};
     * anything else is 400 naming it).
     */
    @GetMapping("/api/titles")
    @Access.BusinessStaff
    PageResult<TitleView> list(
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return titles.list(new TitleFilter(regionCode, programme, year, q, sort), page, size, CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/titles/export")
    @Access.BusinessStaff
    void export(
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        TitleFilter filter = new TitleFilter(regionCode, programme, year, q, sort);
        exports.export(
                response,
                "Title:export",
                filter.exportFilters(),
                "称号列表.xlsx",
                out -> titles.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/public/titles")
    @Access.Public
    PageResult<PublicTitle> publicList(
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return titles.publicList(new TitleFilter(regionCode, programme, year, q), page, size);
    }
}
