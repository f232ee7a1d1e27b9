package cn.ecozone.indicator.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.EditionManagement;
import cn.ecozone.indicator.EditionView;
import cn.ecozone.indicator.EditionWorkbookManagement;
import cn.ecozone.indicator.IndicatorInput;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The edition editor's API. Reading an edition's full definition (and its workbook) is open to every
 * logged-in user for published editions; drafts and every change belong to the province
 * department ({@code PROVINCE_STAFF}) that owns the draft.
 */
@RestController
@Access.BusinessUser
class EditionEditorController {

    private final EditionManagement editions;
    private final EditionWorkbookManagement workbooks;

    private final DataSize maxUpload;

    EditionEditorController(
            EditionManagement editions,
            EditionWorkbookManagement workbooks,
            @Value("${ecozone.indicator.excel.max-upload-size:20MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
        this.editions = editions;
        this.workbooks = workbooks;
    }

    @GetMapping("/api/indicator-editions/{code}/definition")
    EditionView definition(@PathVariable String code) {
        return editions.detail(code, CurrentActor.require());
    }

    @GetMapping("/api/indicator-editions/{code}/workbook")
    ResponseEntity<byte[]> workbook(@PathVariable String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(code, CurrentActor.require(), out);
        return xlsx(out, "指标体系-" + code + ".xlsx");
    }

    /** The target kinds and their parameters, for the editor's target form. */
    @GetMapping("/api/indicator-target-kinds")
    List<TargetKind> targetKinds() {
        return TargetSpecs.kinds().stream()
                .map(k -> new TargetKind(k, TargetSpecs.parameters(k)))
                .toList();
    }

    @GetMapping("/api/indicator-drafts")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    List<EditionView> list() {
        return editions.list(CurrentActor.require());
    }

    @PostMapping("/api/indicator-drafts")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @ResponseStatus(HttpStatus.CREATED)
    EditionView create(@Valid @RequestBody CreateRequest body) {
        return editions.create(body.header(), body.copyFrom(), CurrentActor.require());
    }

    @GetMapping("/api/indicator-drafts/template")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(null, CurrentActor.require(), out);
        return xlsx(out, "指标体系版本模板.xlsx");
    }

    @PostMapping("/api/indicator-drafts/import")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @ResponseStatus(HttpStatus.CREATED)
    EditionView importWorkbook(HttpServletRequest request) throws IOException {
        // the file part read as it arrives and written once into the working file (issue 10, ADR 0021)
        Upload file = MultipartBody.file(request, "file", maxUpload);
        if (file == null) {
            throw ApiException.invalid("file", "error.indicator.excel.file.empty");
        }
        try (InputStream content = file.stream()) {
            return workbooks.importWorkbook(content, CurrentActor.require());
        }
    }

    @PutMapping("/api/indicator-drafts/{code}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    EditionView revise(@PathVariable String code, @Valid @RequestBody ReviseRequest body) {
        return editions.revise(code, body.header(), body.version(), CurrentActor.require());
    }

    @DeleteMapping("/api/indicator-drafts/{code}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code, @RequestParam long version) {
        editions.delete(code, version, CurrentActor.require());
    }

    @PutMapping("/api/indicator-drafts/{code}/indicators/{indicator}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    EditionView putIndicator(
            @PathVariable String code, @PathVariable String indicator, @Valid @RequestBody IndicatorRequest body) {
        IndicatorInput in = body.indicator();
        if (in.code() != null && !in.code().equals(indicator)) {
            throw ApiException.invalid("code", "error.indicator.edition.code-mismatch", indicator);
        }
        return editions.putIndicator(code, withCode(in, indicator), body.version(), CurrentActor.require());
    }

    @DeleteMapping("/api/indicator-drafts/{code}/indicators/{indicator}")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    EditionView removeIndicator(@PathVariable String code, @PathVariable String indicator, @RequestParam long version) {
        return editions.removeIndicator(code, indicator, version, CurrentActor.require());
    }

    @PostMapping("/api/indicator-drafts/{code}/publish")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    EditionView publish(@PathVariable String code, @Valid @RequestBody VersionRequest body) {
        return editions.publish(code, body.version(), CurrentActor.require());
    }

    record TargetKind(String kind, Set<String> parameters) {}

    record CreateRequest(
            @NotNull(message = "{validation.required}") EditionHeader header, String copyFrom) {}

    record ReviseRequest(
            @NotNull(message = "{validation.required}") EditionHeader header,
            @NotNull(message = "{validation.required}") Long version) {}

    record IndicatorRequest(
            @NotNull(message = "{validation.required}") IndicatorInput indicator,
            @NotNull(message = "{validation.required}") Long version) {}

    record VersionRequest(
            @NotNull(message = "{validation.required}") Long version) {}

    private static IndicatorInput withCode(IndicatorInput in, String code) {
        return new IndicatorInput(
                code,
                in.number(),
                in.groupPath(),
                in.nameZh(),
                in.nameEn(),
                in.unit(),
                in.valueType(),
                in.binding(),
                in.definitionZh(),
                in.applyLevels(),
                in.applyTerrains(),
                in.grassland(),
                in.coastal(),
                in.targetTextZh(),
                in.target(),
                in.uncertain(),
                in.weight(),
                in.source(),
                in.grades(),
                in.rangeMin(),
                in.rangeMax(),
                in.environmentalQuality());
    }

    private static ResponseEntity<byte[]> xlsx(ByteArrayOutputStream out, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WorkbookExports.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, WorkbookExports.attachment(filename))
                .body(out.toByteArray());
    }
}
