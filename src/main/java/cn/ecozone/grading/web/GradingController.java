package cn.ecozone.grading.web;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.grading.AnnualReportManagement;
import cn.ecozone.grading.AnnualReportView;
import cn.ecozone.grading.EvaluationView;
import cn.ecozone.grading.GradeInput;
import cn.ecozone.grading.GradingManagement;
import cn.ecozone.grading.YearView;
import cn.ecozone.shared.CurrentActor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Xilingol's annual evaluation (年度评估): the year's counties and one evaluation for the committee office,
 * the league's staff and the county (its own); the grade and the report's generation for the committee
 * office; the report's files for the office and the league's staff.
 */
@RestController
class GradingController {

    private final GradingManagement grading;
    private final AnnualReportManagement reports;

    GradingController(GradingManagement grading, AnnualReportManagement reports) {
        this.grading = grading;
        this.reports = reports;
    }

    @GetMapping("/api/annual-evaluations")
    @PreAuthorize("hasAnyRole('COMMITTEE_OFFICE', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT')")
    YearView year(
            @RequestParam int year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return grading.year(year, page, size, CurrentActor.require());
    }

    @GetMapping("/api/annual-evaluations/applicability")
    @PreAuthorize("hasAnyRole('COMMITTEE_OFFICE', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT')")
    GradingManagement.Applicability applicability() {
        return grading.applicability(CurrentActor.require());
    }

    @GetMapping("/api/annual-evaluations/{dossierId}")
    @PreAuthorize("hasAnyRole('COMMITTEE_OFFICE', 'PREFECTURE_STAFF', 'COUNTY_GOVERNMENT')")
    EvaluationView view(@PathVariable long dossierId) {
        return grading.view(dossierId, CurrentActor.require());
    }

    @PostMapping("/api/annual-evaluations/{dossierId}/grade")
    @PreAuthorize("hasRole('COMMITTEE_OFFICE')")
    EvaluationView grade(@PathVariable long dossierId, @RequestBody GradeInput body) {
        return grading.grade(dossierId, body, CurrentActor.require());
    }

    @PostMapping("/api/annual-evaluations/reports")
    @PreAuthorize("hasRole('COMMITTEE_OFFICE')")
    @ResponseStatus(HttpStatus.CREATED)
    AnnualReportView generate(@RequestParam int year) {
        return reports.generate(year, CurrentActor.require());
    }

    @GetMapping("/api/annual-evaluations/reports/{year}")
    @PreAuthorize("hasAnyRole('COMMITTEE_OFFICE', 'PREFECTURE_STAFF')")
    AnnualReportView report(@PathVariable int year) {
        return reports.latest(year, CurrentActor.require());
    }

    @GetMapping("/api/annual-evaluations/reports/{year}/files/{format}")
    @PreAuthorize("hasAnyRole('COMMITTEE_OFFICE', 'PREFECTURE_STAFF')")
    ResponseEntity<InputStreamResource> file(@PathVariable int year, @PathVariable String format) throws IOException {
        StoredDocument d = reports.file(year, format, CurrentActor.require());
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
                .body(new InputStreamResource(reports.open(d)));
    }
}
