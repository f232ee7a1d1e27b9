package cn.ecozone.registry.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.registry.RegisterAttachments;
import cn.ecozone.registry.RegisterFilter;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterState;
import cn.ecozone.registry.RegisterView;
import cn.ecozone.registry.RegisterWorkbooks;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers' files: export, import template and import of a register's workbook, and the records'
 * attachments. Uploads are read from the body as they arrive (MultipartBody, ADR 0021).
 */
@RestController
@Access.BusinessStaff
class RegisterFileController {

    private final WorkbookExports exports;
    private final RegisterWorkbooks workbooks;
    private final RegisterAttachments attachments;
    private final DataSize maxSize;
    private final org.springframework.context.MessageSource messages;

    RegisterFileController(
            RegisterWorkbooks workbooks,
            RegisterAttachments attachments,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            org.springframework.context.MessageSource messages,
            WorkbookExports exports) {
        this.exports = exports;
        this.workbooks = workbooks;
        this.attachments = attachments;
        this.maxSize = maxSize;
        this.messages = messages;
    }

    @GetMapping("/api/registers/export")
    void export(
            @RequestParam RegisterKind kind,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) RegisterState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            HttpServletResponse response)
            throws IOException {
        RegisterFilter filter = new RegisterFilter(kind, region, year, from, to, state, q);
        exports.export(
                response,
                "Register:export",
                ExportFilters.none()
                        .with("kind", kind)
                        .with("region", region)
                        .with("year", year)
                        .with("from", from)
                        .with("to", to)
                        .with("state", state)
                        .with("q", q),
                name(kind) + ".xlsx",
                out -> workbooks.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/registers/template")
    void template(@RequestParam RegisterKind kind, HttpServletResponse response) throws IOException {
        WorkbookExports.download(response, name(kind) + "导入模板.xlsx", out -> workbooks.template(kind, out));
    }

    /** Imports the {@code file} part for {@code kind} (query string): all rows or, on any error, none. */
    @PostMapping("/api/registers/import")
    @PreAuthorize(RegisterController.KEEPERS)
    Map<String, Object> importWorkbook(HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        RegisterKind kind = kind(MultipartBody.queryParameter(request, "kind"));
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.registry.import.empty");
        }
        return Map.of("saved", workbooks.importWorkbook(kind, file, CurrentActor.require()));
    }

    @PostMapping("/api/registers/{id}/attachments")
    @PreAuthorize(RegisterController.KEEPERS)
    RegisterView attach(@PathVariable long id, HttpServletRequest request) {
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return attachments.attach(id, file, CurrentActor.require());
    }

    @GetMapping("/api/registers/{id}/attachments/{documentId}/document")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long documentId)
            throws IOException {
        StoredDocument d = attachments.document(id, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(attachments.open(d)));
    }

    private static RegisterKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("kind", "validation.required");
        }
        try {
            return RegisterKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "error.parameter.type", "kind", text);
        }
    }

    private String name(RegisterKind kind) {
        return messages.getMessage(
                "registry.kind." + kind.name(), null, kind.name(), java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
