package cn.ecozone.supervision.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.TitleRules.CheckKind;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.supervision.CheckEvidence;
import cn.ecozone.supervision.CheckFilter;
import cn.ecozone.supervision.CheckSummary;
import cn.ecozone.supervision.CheckView;
import cn.ecozone.supervision.ConclusionInput;
import cn.ecozone.supervision.FindingInput;
import cn.ecozone.supervision.SettingInput;
import cn.ecozone.supervision.SupervisionManagement;
import cn.ecozone.supervision.SupervisionSetting;
import cn.ecozone.supervision.SupervisionSettings;
import jakarta.servlet.http.HttpServletRequest;
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
    private final CheckEvidence evidence;
    private final SupervisionSettings settings;
    private final DataSize maxSize;

    SupervisionController(
            SupervisionManagement checks,
            CheckEvidence evidence,
            SupervisionSettings settings,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize) {
        this.checks = checks;
        this.evidence = evidence;
        this.settings = settings;
        this.maxSize = maxSize;
    }

    @GetMapping("/api/supervision-checks")
    @Access.BusinessStaff
    PageResult<CheckSummary> list(
            @RequestParam(required = false) CheckKind kind,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return checks.list(new CheckFilter(kind, state, regionCode, q), page, size, CurrentActor.require());
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
