package cn.ecozone.dossier.web;

import cn.ecozone.dossier.RoundFilter;
import cn.ecozone.dossier.RoundListing;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Application rounds: every business user of a province reads its rounds; its staff open them. */
@RestController
class RoundController {

    private final RoundManagement rounds;
    private final RoundListing listing;
    private final WorkbookExports exports;

    RoundController(RoundManagement rounds, RoundListing listing, WorkbookExports exports) {
        this.rounds = rounds;
        this.listing = listing;
        this.exports = exports;
    }

    @GetMapping("/api/application-rounds")
    @Access.BusinessStaff
    PageResult<RoundView> list(
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(new RoundFilter(programme, q, year, open, sort), page, size, CurrentActor.require());
    }

    /**
     * The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/application-rounds/export")
    @Access.BusinessStaff
    void export(
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        RoundFilter filter = new RoundFilter(programme, q, year, open, sort);
        exports.export(
                response,
                "Round:export",
                filter.exportFilters(),
                "申报批次.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @PostMapping("/api/application-rounds")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    @ResponseStatus(HttpStatus.CREATED)
    RoundView create(@RequestBody RoundManagement.RoundInput body) {
        return rounds.create(body, CurrentActor.require());
    }
}
