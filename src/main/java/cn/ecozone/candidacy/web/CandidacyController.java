package cn.ecozone.candidacy.web;

import cn.ecozone.candidacy.CandidacyAction;
import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyInput;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidate pool. Business staff read within their data scope (counties their own candidacies);
 * province and prefecture staff create candidacies and move them; administrators see nothing.
 */
@RestController
@Access.BusinessStaff
class CandidacyController {

    static final String KEEPERS = "hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')";

    private final WorkbookExports exports;
    private final CandidacyManagement candidacies;

    CandidacyController(CandidacyManagement candidacies, WorkbookExports exports) {
        this.exports = exports;
        this.candidacies = candidacies;
    }

    @GetMapping("/api/candidacies")
    PageResult<CandidacyView> list(
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) CandidacyState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return candidacies.list(new CandidacyFilter(programme, state, region, q), page, size, CurrentActor.require());
    }

    @GetMapping("/api/candidacies/counts")
    Map<CandidacyState, Long> counts() {
        return candidacies.countByState(CurrentActor.require());
    }

    @GetMapping("/api/candidacies/export")
    void export(
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) CandidacyState state,
            @RequestParam(required = false) @Size(max = 12) String region,
            @RequestParam(required = false) @Size(max = 50) String q,
            HttpServletResponse response)
            throws IOException {
        CandidacyFilter filter = new CandidacyFilter(programme, state, region, q);
        exports.export(
                response,
                "Candidacy:export",
                ExportFilters.none()
                        .with("programme", programme)
                        .with("state", state)
                        .with("region", region)
                        .with("q", q),
                "创建储备库.xlsx",
                out -> candidacies.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/candidacies/{id}")
    CandidacyView view(@PathVariable long id) {
        return candidacies.view(id, CurrentActor.require());
    }

    @PostMapping("/api/candidacies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(KEEPERS)
    CandidacyView create(@Valid @RequestBody CreateRequest body) {
        return candidacies.create(
                new CandidacyInput(body.regionCode(), body.unitId(), body.programme(), body.note()),
                CurrentActor.require());
    }

    @PostMapping("/api/candidacies/{id}/transitions")
    @PreAuthorize(KEEPERS)
    CandidacyView transition(@PathVariable long id, @Valid @RequestBody TransitionRequest body) {
        return candidacies.transition(id, body.action(), body.reason(), body.version(), CurrentActor.require());
    }

    record CreateRequest(
            @Size(max = 12, message = "{validation.size.max}")
            String regionCode,

            Long unitId,
            Programme programme,

            @Size(max = 500, message = "{validation.size.max}")
            String note) {}

    record TransitionRequest(
            CandidacyAction action,
            Long version,

            @Size(max = 500, message = "{validation.size.max}")
            String reason) {}
}
