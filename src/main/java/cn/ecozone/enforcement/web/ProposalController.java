package cn.ecozone.enforcement.web;

import cn.ecozone.enforcement.Decision;
import cn.ecozone.enforcement.EnforcementListing;
import cn.ecozone.enforcement.ProposalFilter;
import cn.ecozone.enforcement.ProposalManagement;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.ProposalSummary;
import cn.ecozone.enforcement.ProposalView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals (处理建议): the department and the prefecture bureaus read them in their scope; only the
 * department's staff decide (Guizhou art. 24; IM: the province records the Ministry's decision).
 */
@RestController
class ProposalController {

    private static final String READERS = "hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')";

    private final ProposalManagement proposals;
    private final EnforcementListing listing;

    private final WorkbookExports exports;

    ProposalController(ProposalManagement proposals, EnforcementListing listing, WorkbookExports exports) {
        this.exports = exports;
        this.proposals = proposals;
        this.listing = listing;
    }

    /**
     * A page of the proposals in the reader's scope (issue 14 §6): {@code q} (or, as before,
     * {@code search}) part of the subject's or its region's name, the sanction's code, the region's
     * subtree, programme, the year opened; {@code sort} one of opened, state, sanction, region, subject,
     * {@code -} before it for descending.
     */
    @GetMapping("/api/enforcement-proposals")
    @PreAuthorize(READERS)
    PageResult<ProposalSummary> list(
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) @Size(max = 80) String code,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 100) String search,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.proposals(
                new ProposalFilter(state, code, regionCode, q != null ? q : search, programme, year, sort),
                page,
                size,
                CurrentActor.require());
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/enforcement-proposals/export")
    @PreAuthorize(READERS)
    void export(
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) @Size(max = 80) String code,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Min(1900) @Max(9999) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        ProposalFilter filter = new ProposalFilter(state, code, regionCode, q, programme, year, sort);
        exports.export(
                response,
                "Proposal:export",
                filter.describe(),
                "处理建议.xlsx",
                out -> listing.exportProposals(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/enforcement-proposals/{id}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    ProposalView view(@PathVariable long id) {
        return proposals.view(id, CurrentActor.require());
    }

    @PostMapping("/api/enforcement-proposals/{id}/decision")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    ProposalView decide(@PathVariable long id, @RequestBody Decision body) {
        return proposals.decide(id, body, CurrentActor.require());
    }
}
