package cn.ecozone.indicator.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.Upload;
import cn.ecozone.indicator.IndicatorExcelManagement;
import cn.ecozone.indicator.IndicatorExcelManagement.ImportStatus;
import cn.ecozone.indicator.IndicatorExcelManagement.Started;
import cn.ecozone.indicator.IndicatorExcelManagement.Workbook;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.web.Problems;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Excel round trip of indicator values: template, import (a job: 202, then poll) and export.
 * Template and export for any logged-in user within data scope; import for the subjects who enter
 * values, as {@code PUT /api/indicator-values/…}.
 */
@RestController
@Access.BusinessStaff
class IndicatorExcelController {

    private final IndicatorExcelManagement excel;
    private final WorkbookExports exports;

    private final DataSize maxUpload;

    IndicatorExcelController(
            IndicatorExcelManagement excel,
            @Value("${ecozone.indicator.excel.max-upload-size:20MB}") DataSize maxUpload,
            WorkbookExports exports) {
        this.excel = excel;
        this.exports = exports;
        this.maxUpload = maxUpload;
    }

    @GetMapping("/api/indicator-excel/template")
    void template(
            @RequestParam String edition,
            @RequestParam(required = false) List<String> regions,
            @RequestParam List<Integer> years,
            HttpServletResponse response)
            throws IOException {
        Workbook workbook = excel.template(edition, regions, years, CurrentActor.require());
        WorkbookExports.downloadStreamed(response, workbook.fileName(), workbook.writer()::writeTo);
    }

    /**
     * Queues the import of a filled workbook: {@code edition} from the query string, the {@code file}
     * part read from the body as it arrives and written once, hashed on the way, into the import's working
     * file (issue 10: no part file, no database connection while the bytes flow).
     */
    @PostMapping("/api/indicator-excel/import")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT', 'PREFECTURE_GOVERNMENT',"
            + " 'PREFECTURE_STAFF', 'COMMITTEE_OFFICE')")
    ResponseEntity<Started> startImport(HttpServletRequest request) throws IOException {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        String edition = MultipartBody.queryParameter(request, "edition");
        if (edition == null || edition.isBlank()) {
            throw ApiException.invalid("edition", "error.parameter.missing", "edition");
        }
        Upload file = MultipartBody.file(request, "file", maxUpload);
        if (file == null) {
            throw ApiException.invalid("file", "error.indicator.excel.file.empty");
        }
        try (InputStream content = file.stream()) {
            Started started = excel.startImport(edition, file.name(), content, CurrentActor.require());
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header(HttpHeaders.LOCATION, "/api/indicator-excel/import/" + started.jobId())
                    .body(started);
        }
    }

    @GetMapping("/api/indicator-excel/import/{jobId}")
    ImportStatus status(@PathVariable String jobId) {
        return excel.status(jobId, CurrentActor.require(), Problems.supported(LocaleContextHolder.getLocale()));
    }

    @GetMapping("/api/indicator-excel/export")
    void export(
            @RequestParam String edition,
            @RequestParam List<String> region,
            @RequestParam List<Integer> years,
            HttpServletResponse response)
            throws IOException {
        Workbook workbook = excel.export(
                edition, region, years, CurrentActor.require(), Problems.supported(LocaleContextHolder.getLocale()));
        // values of many regions and years in bulk: recorded with its filters before the file leaves (§5);
        // everything is checked before this point, so the bytes go straight to the client
        exports.exportStreamed(
                response,
                "IndicatorValue:export",
                ExportFilters.none()
                        .with("edition", edition)
                        .with("region", String.join(",", region))
                        .with("years", years.stream().map(String::valueOf).collect(Collectors.joining(","))),
                workbook.fileName(),
                workbook.writer()::writeTo);
    }
}
