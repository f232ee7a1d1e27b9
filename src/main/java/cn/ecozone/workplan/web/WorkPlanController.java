package cn.ecozone.workplan.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import cn.ecozone.workplan.WorkPlanDocuments;
import cn.ecozone.workplan.WorkPlanFilter;
import cn.ecozone.workplan.WorkPlanInput;
import cn.ecozone.workplan.WorkPlanListing;
import cn.ecozone.workplan.WorkPlanManagement;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import cn.ecozone.workplan.WorkPlanSummary;
import cn.ecozone.workplan.WorkPlanView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Annual work plans. Reads for every logged-in user within data scope; the subjects (county or league
 * government) write and file, and the plan's procedure run checks that they hold its FILE task; the
 * receiver the regulation names (e.g. the committee office) returns or acknowledges, checked by the run
 * (403 for anybody else).
 */
@RestController
@Access.BusinessStaff
class WorkPlanController {

    private static final String SUBJECTS = "hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')";

    private final WorkPlanManagement plans;
    private final WorkPlanDocuments documents;
    private final WorkPlanListing listing;
    private final DataSize maxSize;
    private final WorkbookExports exports;

    WorkPlanController(
            WorkPlanManagement plans,
            WorkPlanDocuments documents,
            WorkPlanListing listing,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.plans = plans;
        this.documents = documents;
        this.listing = listing;
        this.maxSize = maxSize;
    }

    /**
     * A page of the plans in scope that match the filter: {@code q} in the title or the subject region's
     * name; {@code sort} one of year, region, title, state, programme, updated, with a leading {@code -}
     * for descending (default {@code -year}; anything else is 400 naming it).
     */
    @GetMapping("/api/work-plans")
    PageResult<WorkPlanSummary> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) WorkPlanState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(
                new WorkPlanFilter(region, programme, year, state, q, sort), page, size, CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/work-plans/export")
    void export(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) WorkPlanState state,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        WorkPlanFilter filter = new WorkPlanFilter(region, programme, year, state, q, sort);
        exports.export(
                response,
                "WorkPlan:export",
                filter.exportFilters(),
                "年度工作计划.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/work-plans/{id}")
    WorkPlanView view(@PathVariable long id) {
        return plans.view(id, CurrentActor.require());
    }

    @PostMapping("/api/work-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(SUBJECTS)
    WorkPlanView create(@Valid @RequestBody PlanRequest body) {
        return plans.create(body.input(), CurrentActor.require());
    }

    @PutMapping("/api/work-plans/{id}")
    @PreAuthorize(SUBJECTS)
    WorkPlanView update(@PathVariable long id, @Valid @RequestBody PlanRequest body) {
        return plans.update(id, body.input(), body.version(), CurrentActor.require());
    }

    /** No role check here: a multipart body is resolved before it; the run refuses non-subjects (403). */
    /**
     * Attaches the document: {@code version} from the query string, the {@code file} part read from the
     * body as it arrives, written to the store's temporary file once and hashed while written, with no
     * part file and no database connection while the bytes flow (issue 10, ADR 0021).
     */
    @PostMapping("/api/work-plans/{id}/document")
    WorkPlanView attach(@PathVariable long id, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Long version = MultipartBody.queryLong(request, "version");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return documents.attach(id, file, version, CurrentActor.require());
    }

    @GetMapping("/api/work-plans/{id}/document")
    ResponseEntity<InputStreamResource> document(@PathVariable long id) throws IOException {
        StoredDocument d = documents.document(id, CurrentActor.require());
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

    @PostMapping("/api/work-plans/{id}/file")
    @PreAuthorize(SUBJECTS)
    WorkPlanView file(@PathVariable long id, @Valid @RequestBody ActionRequest body) {
        return plans.file(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/work-plans/{id}/withdraw")
    @PreAuthorize(SUBJECTS)
    WorkPlanView withdraw(@PathVariable long id, @Valid @RequestBody ActionRequest body) {
        return plans.withdraw(id, body.version(), CurrentActor.require());
    }

    @PostMapping("/api/work-plans/{id}/return")
    WorkPlanView returnWithReason(@PathVariable long id, @Valid @RequestBody ActionRequest body) {
        return plans.returnWithReason(id, body.version(), body.reason(), CurrentActor.require());
    }

    @PostMapping("/api/work-plans/{id}/acknowledge")
    WorkPlanView acknowledge(@PathVariable long id, @Valid @RequestBody ActionRequest body) {
        return plans.acknowledge(id, body.version(), CurrentActor.require());
    }

    record PlanRequest(
            Programme programme,
            Integer year,
            Long planId,

            @Size(max = 200, message = "{validation.size.max}")
            String title,

            @Size(max = 4000, message = "{validation.size.max}")
            String summary,

            List<WorkPlanRows.Task> tasks,
            List<WorkPlanRows.Project> projects,
            List<WorkPlanRows.Fund> funds,
            Long version) {

        WorkPlanInput input() {
            return new WorkPlanInput(programme, year, planId, title, summary, tasks, projects, funds);
        }
    }

    record ActionRequest(
            Long version,

            @Size(max = 1000, message = "{validation.size.max}")
            String reason) {}
}
