package cn.ecozone.supervision.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import cn.ecozone.supervision.CheckEvidence;
import cn.ecozone.supervision.CheckEvidenceFilter;
import cn.ecozone.supervision.CheckFilter;
import cn.ecozone.supervision.CheckListing;
import cn.ecozone.supervision.CheckSummary;
import cn.ecozone.supervision.CheckView;
import cn.ecozone.supervision.ConclusionInput;
import cn.ecozone.supervision.FindingInput;
import cn.ecozone.supervision.SettingInput;
import cn.ecozone.supervision.SupervisionManagement;
import cn.ecozone.supervision.SupervisionSetting;
import cn.ecozone.supervision.SupervisionSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scheduled checks (on-site check, post-evaluation): read by business staff in scope; findings,
 * evidence and the conclusion by the province department; the province's timing settings.
 */
@RestController
class SupervisionController {

    private final SupervisionManagement checks;
    private final CheckListing listing;
    private final CheckEvidence evidence;
    private final SupervisionSettings settings;
    private final DataSize maxSize;

    private final WorkbookExports exports;

    SupervisionController(
            SupervisionManagement checks,
            CheckListing listing,
            CheckEvidence evidence,
            SupervisionSettings settings,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.checks = checks;
        this.listing = listing;
        this.evidence = evidence;
        this.settings = settings;
        this.maxSize = maxSize;
    }

    /**
     * A page of the checks in the reader's scope (issue 14 §6): {@code q} part of the subject's or its
     * region's name, kind, state, the region's subtree, programme, the year due; {@code sort} one of
     * opened, due, state, kind, region, subject, {@code -} before it for descending.
     */
    @GetMapping("/api/supervision-checks")
    @Access.BusinessStaff
    PageResult<CheckSummary> list(
            @RequestParam(required = false) CheckKind kind,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(
                new CheckFilter(kind, state, regionCode, q, programme, year, sort), page, size, CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/supervision-checks/export")
    @Access.BusinessStaff
    void export(
            @RequestParam(required = false) CheckKind kind,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        CheckFilter filter = new CheckFilter(kind, state, regionCode, q, programme, year, sort);
        exports.export(
                response,
                "Check:export",
                filter.describe(),
                "称号后监管.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/supervision-checks/{id}")
    @Access.BusinessStaff
    CheckView view(@PathVariable long id) {
        return checks.view(id, CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/supervision-checks/{id}/findings")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    CheckView addFinding(@PathVariable long id, @RequestBody FindingInput body) {
        return checks.addFinding(id, body, CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/api/supervision-checks/{id}/findings/{findingId}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    CheckView removeFinding(@PathVariable long id, @PathVariable long findingId) {
        return checks.removeFinding(id, findingId, CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/supervision-checks/{id}/conclusion")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    CheckView conclude(@PathVariable long id, @RequestBody ConclusionInput body) {
        return checks.conclude(id, body, CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/supervision-checks/{id}/evidence")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    CheckView attach(@PathVariable long id, HttpServletRequest request) {
        // no @RequestParam: asking for a parameter makes the container parse and store the body first
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        evidence.attach(id, file, CurrentActor.require());
        return checks.view(id, CurrentActor.require(), LocaleContextHolder.getLocale());
    }

    /**
     * A page of the check's evidence files: {@code q} searches the file's and the uploader's organization's
     * names, {@code type} filters, {@code sort} orders by {@code name}, {@code organization}, {@code
     * uploaded} or {@code type} ({@code -} before it: descending; default the oldest first).
     */
    @GetMapping("/api/supervision-checks/{id}/evidence")
    @Access.BusinessStaff
    PageResult<CheckView.Evidence> evidence(
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return evidence.list(id, new CheckEvidenceFilter(q, type, sort), page, size, CurrentActor.require());
    }

    @GetMapping("/api/supervision-checks/{id}/evidence/{documentId}")
    @Access.BusinessStaff
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = evidence.file(id, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(evidence.open(d)));
    }

    @GetMapping("/api/supervision-settings")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    List<SupervisionSetting> settings() {
        return settings.list(CurrentActor.require());
    }

    @PutMapping("/api/supervision-settings")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    List<SupervisionSetting> putSetting(@RequestBody SettingInput body) {
        return settings.put(body, CurrentActor.require());
    }
}
