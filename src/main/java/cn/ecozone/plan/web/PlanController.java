package cn.ecozone.plan.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.plan.PlanCommand.ReviewOutcome;
import cn.ecozone.plan.PlanDocuments;
import cn.ecozone.plan.PlanFilter;
import cn.ecozone.plan.PlanListing;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanSummary;
import cn.ecozone.plan.PlanView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Plans for every logged-in user within data scope. Who may take a step is decided by the plan's
 * pinned path (role and region of the step), not here: a wrong actor gets 403 from the aggregate.
 */
@RestController
@Access.BusinessStaff
class PlanController {

    private final PlanManagement plans;
    private final PlanDocuments texts;
    private final PlanListing listing;
    private final DataSize maxSize;
    private final WorkbookExports exports;

    PlanController(
            PlanManagement plans,
            PlanDocuments texts,
            PlanListing listing,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.plans = plans;
        this.texts = texts;
        this.listing = listing;
        this.maxSize = maxSize;
    }

    /**
     * A page of the plans in scope (issue 14 §6): {@code q} narrows to titles or subject region names
     * containing it; {@code state}, {@code region} (and below), {@code year} (the period covers it) and
     * {@code programme} filter; {@code sort} is one of updated, title, period, state, region, due, with a
     * leading {@code -} for descending (default {@code -updated}; anything else is 400 naming it).
     */
    @GetMapping("/api/plans")
    PageResult<PlanSummary> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) PlanState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 40) String sort) {
        return listing.list(
                CurrentActor.require(), new PlanFilter(q, state, region, year, programme, sort), page, size);
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/plans/export")
    void export(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) PlanState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        PlanFilter filter = new PlanFilter(q, state, region, year, programme, sort);
        exports.export(
                response,
                "Plan:export",
                filter.exportFilters(),
                "规划列表.xlsx",
                out -> listing.export(CurrentActor.require(), filter, out));
    }

    /** A page of the plans waiting for this user, the earliest due first; {@code q} as for the list. */
    @GetMapping("/api/plans/inbox")
    PageResult<PlanSummary> inbox(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Size(max = 50) String q) {
        return plans.inbox(CurrentActor.require(), q, page, size);
    }

    /** The regulations this user may start a plan under: the one that applies per programme, drafts named as such. */
    @GetMapping("/api/plans/regulations")
    List<cn.ecozone.regulation.RegulationSummary> regulations() {
        return plans.creatableUnder(CurrentActor.require());
    }

    @PostMapping("/api/plans")
    @ResponseStatus(HttpStatus.CREATED)
    PlanView create(@Valid @RequestBody HeaderRequest body) {
        if (body.regulation() == null || body.regulation().isBlank()) {
            throw ApiException.invalid("regulation", "validation.required");
        }
        return plans.create(
                body.regulation().strip(), body.title(), body.periodStart(), body.periodEnd(), CurrentActor.require());
    }

    @GetMapping("/api/plans/{id}")
    PlanView view(@PathVariable long id) {
        return plans.view(id, CurrentActor.require());
    }

    @PutMapping("/api/plans/{id}")
    PlanView edit(@PathVariable long id, @Valid @RequestBody HeaderRequest body) {
        return plans.edit(
                id, body.title(), body.periodStart(), body.periodEnd(), body.version(), CurrentActor.require());
    }

    /**
     * Attaches the document: {@code version} from the query string, the {@code file} part read from the
     * body as it arrives, written to the store's temporary file once and hashed while written, with no
     * part file and no database connection while the bytes flow (issue 10, ADR 0021).
     */
    @PostMapping("/api/plans/{id}/document")
    PlanView attach(@PathVariable long id, HttpServletRequest request) {
        // no @RequestParam here: asking for a parameter makes the container parse and store the body first
        Long version = MultipartBody.queryLong(request, "version");
        Upload file = MultipartBody.file(request, "file", maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return texts.attach(id, file, version, CurrentActor.require());
    }

    /**
     * The promulgation carrying its issuing document (印发文件, issue 14 §4): the values as form fields,
     * then the file, streamed as the text's upload is ({@link PromulgationForm}); without a file the
     * promulgation is {@code POST /api/plans/{id}/promulgate} as before (the file is optional).
     */
    @PostMapping("/api/plans/{id}/promulgation")
    PlanView promulgate(@PathVariable long id, HttpServletRequest request) {
        PromulgationForm form = PromulgationForm.read(request, maxSize);
        return texts.promulgate(id, form.command(), form.file(), CurrentActor.require());
    }

    @PutMapping("/api/plans/{id}/content")
    PlanView setOut(@PathVariable long id, @RequestBody ContentRequest body) {
        return plans.setOut(
                id,
                new cn.ecozone.plan.PlanContent(body.targets(), body.tasks(), body.keyProjects()),
                body.version(),
                CurrentActor.require());
    }

    record ContentRequest(
            List<cn.ecozone.plan.PlanContent.Target> targets,
            List<cn.ecozone.plan.PlanContent.Task> tasks,
            List<cn.ecozone.plan.PlanContent.KeyProject> keyProjects,
            Long version) {}

    @GetMapping("/api/plans/{id}/document")
    ResponseEntity<InputStreamResource> document(@PathVariable long id, @RequestParam(required = false) Long documentId)
            throws IOException {
        StoredDocument d = texts.document(id, documentId, CurrentActor.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(texts.open(d)));
    }

    @PostMapping("/api/plans/{id}/{action}")
    PlanView act(@PathVariable long id, @PathVariable String action, @Valid @RequestBody ActionRequest body) {
        return plans.act(id, body.command(action), CurrentActor.require());
    }

    record HeaderRequest(
            @Size(max = 40, message = "{validation.size.max}")
            String regulation,

            @Size(max = 200, message = "{validation.size.max}")
            String title,

            Integer periodStart,
            Integer periodEnd,
            Long version) {}

    record ActionRequest(
            Long version,

            @Size(max = 2000, message = "{validation.size.max}")
            String opinion,

            @Size(max = 10, message = "{validation.size.max}")
            String outcome,

            @Size(max = 300, message = "{validation.size.max}")
            String panel,

            LocalDate reviewedOn,

            @Size(max = 100, message = "{validation.size.max}")
            String body,

            LocalDate promulgatedOn,

            @Size(max = 100, message = "{validation.size.max}")
            String documentNumber,

            LocalDate filedOn,

            LocalDate receivedOn,

            @Size(max = 1000, message = "{validation.size.max}")
            String note,

            @Size(max = 1000, message = "{validation.size.max}")
            String reason) {

        /**
         * The typed command for the action named in the path (the JSON body keeps its one shape for
         * every action, so clients stay compatible). An unknown or missing outcome becomes {@code null}
         * and is refused by the plan after its role check.
         *
         * @throws ApiException 404 for an unknown action
         */
        PlanCommand command(String action) {
            return switch (action.toLowerCase(Locale.ROOT)) {
                case "submit" -> new PlanCommand.Submit(version);
                case "examine" -> new PlanCommand.Examine(version, opinion);
                case "review" ->
                    new PlanCommand.Review(version, ReviewOutcome.parse(outcome), panel, reviewedOn, opinion);
                case "revised" -> new PlanCommand.Revised(version, note);
                case "promulgate" -> new PlanCommand.Promulgate(version, body, promulgatedOn, documentNumber);
                case "file" -> new PlanCommand.File(version, filedOn, note);
                case "acknowledge" -> new PlanCommand.AcknowledgeFiling(version, receivedOn, opinion);
                case "return" -> new PlanCommand.Return(version, reason);
                case "withdraw" -> new PlanCommand.Withdraw(version);
                case "major_change" -> new PlanCommand.DeclareMajorChange(version, reason);
                case "recompile" -> new PlanCommand.Recompile(version);
                default -> throw ApiException.notFound("error.plan.unknown-action", action);
            };
        }
    }
}
