package cn.ecozone.project.web;

import cn.ecozone.project.KeyProjectFilter;
import cn.ecozone.project.KeyProjectInput;
import cn.ecozone.project.KeyProjectManagement;
import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.project.KeyProjectView;
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
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The key project library. Every logged-in user reads within data scope; the subjects (county or
 * league government) write, and the façade checks that they sit at the project's region (403).
 */
@RestController
@Access.BusinessStaff
class KeyProjectController {

    private final WorkbookExports exports;
    private final KeyProjectManagement projects;

    KeyProjectController(KeyProjectManagement projects, WorkbookExports exports) {
        this.exports = exports;
        this.projects = projects;
    }

    @GetMapping("/api/key-projects")
    PageResult<KeyProjectView> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) KeyProjectStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return projects.list(
                new KeyProjectFilter(region, programme, status, year, q), page, size, CurrentActor.require());
    }

    /** The records taken from a plan's key projects, each with its row's key (issue 14 §8). */
    @GetMapping("/api/key-projects/from-plan/{planId}")
    List<KeyProjectView> fromPlan(@PathVariable long planId) {
        return projects.fromPlan(planId, CurrentActor.require());
    }

    @GetMapping("/api/key-projects/export")
    void export(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) KeyProjectStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 50) String q,
            HttpServletResponse response)
            throws IOException {
        KeyProjectFilter filter = new KeyProjectFilter(region, programme, status, year, q);
        exports.export(
                response,
                "KeyProject:export",
                ExportFilters.none()
                        .with("region", region)
                        .with("programme", programme)
                        .with("status", status)
                        .with("year", year)
                        .with("q", q),
                "重点项目库.xlsx",
                out -> projects.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/key-projects/{id}")
    KeyProjectView view(@PathVariable long id) {
        return projects.view(id, CurrentActor.require());
    }

    @PostMapping("/api/key-projects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')")
    KeyProjectView create(@Valid @RequestBody ProjectRequest body) {
        return projects.create(body.input(), CurrentActor.require());
    }

    @PutMapping("/api/key-projects/{id}")
    @PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')")
    KeyProjectView update(@PathVariable long id, @Valid @RequestBody ProjectRequest body) {
        return projects.update(id, body.input(), body.version(), body.reason(), CurrentActor.require());
    }

    @DeleteMapping("/api/key-projects/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT')")
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        projects.delete(id, version, CurrentActor.require());
    }

    record ProjectRequest(
            @Size(max = 12, message = "{validation.size.max}")
            String regionCode,

            Programme programme,

            @Size(max = 200, message = "{validation.size.max}")
            String name,

            @Size(max = 2000, message = "{validation.size.max}")
            String content,

            @Size(max = 200, message = "{validation.size.max}")
            String investor,

            BigDecimal investment,

            @Size(max = 2000, message = "{validation.size.max}")
            String expectedBenefits,

            @Size(max = 100, message = "{validation.size.max}")
            String transformationMode,

            KeyProjectStatus status,
            Integer startYear,
            Integer endYear,
            Long version,

            @Size(max = 500, message = "{validation.size.max}")
            String reason) {

        KeyProjectInput input() {
            return new KeyProjectInput(
                    regionCode,
                    programme,
                    name,
                    content,
                    investor,
                    investment,
                    expectedBenefits,
                    transformationMode,
                    status,
                    startYear,
                    endYear);
        }
    }
}
