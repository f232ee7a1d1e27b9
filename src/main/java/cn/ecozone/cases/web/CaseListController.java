package cn.ecozone.cases.web;

import cn.ecozone.cases.CaseFilter;
import cn.ecozone.cases.CaseListing;
import cn.ecozone.cases.CaseReviewManagement;
import cn.ecozone.cases.CaseSummary;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lists of typical cases (issue 14 §5/§6): the staff's list with its filters, order and Excel
 * export, and the expert's own list of the cases they were invited to score. The expert's list is
 * searched and paged but not exported: it holds a handful of cases the expert opens one by one, and
 * the office exports the same cases from its list.
 */
@RestController
class CaseListController {

    private final CaseListing listing;
    private final CaseReviewManagement reviews;
    private final WorkbookExports exports;

    CaseListController(CaseListing listing, CaseReviewManagement reviews, WorkbookExports exports) {
        this.listing = listing;
        this.reviews = reviews;
        this.exports = exports;
    }

    @GetMapping("/api/cases")
    @Access.BusinessStaff
    PageResult<CaseSummary> list(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String path,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(new CaseFilter(q, path, regionCode, year, state, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/cases/export")
    @Access.BusinessStaff
    void export(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String path,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        CaseFilter filter = new CaseFilter(q, path, regionCode, year, state, sort);
        exports.export(
                response,
                "Case:export",
                filter.exportFilters(),
                "典型案例.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/cases/my-reviews")
    @PreAuthorize("hasRole('EXPERT')")
    PageResult<CaseSummary> mine(
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return reviews.mine(q, page, size, CurrentActor.require());
    }
}
