package cn.ecozone.enforcement.web;

import cn.ecozone.enforcement.Decision;
import cn.ecozone.enforcement.ProposalFilter;
import cn.ecozone.enforcement.ProposalManagement;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.ProposalSummary;
import cn.ecozone.enforcement.ProposalView;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
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

    private final ProposalManagement proposals;

    ProposalController(ProposalManagement proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/enforcement-proposals")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
    PageResult<ProposalSummary> list(
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return proposals.list(new ProposalFilter(state, code, regionCode, search), page, size, CurrentActor.require());
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
