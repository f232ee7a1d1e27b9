package cn.ecozone.enforcement.web;

import cn.ecozone.enforcement.RectificationManagement;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.enforcement.RectificationSummary;
import cn.ecozone.enforcement.RectificationView;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rectifications (整改): the department, the prefecture bureaus and the subjects read them in their
 * scope; the subject reports, the department accepts or returns (the engine checks who acts).
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT',"
        + " 'CONSTRUCTION_SUBJECT')")
class RectificationController {

    private final RectificationManagement rectifications;

    RectificationController(RectificationManagement rectifications) {
        this.rectifications = rectifications;
    }

    record Report(Long version, String report, List<Long> documentIds) {}

    record Act(Long version, String opinion) {}

    @GetMapping("/api/rectifications")
    PageResult<RectificationSummary> list(
            @RequestParam(required = false) RectificationState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return rectifications.list(state, page, size, CurrentActor.require());
    }

    @GetMapping("/api/rectifications/{id}")
    RectificationView view(@PathVariable long id) {
        return rectifications.view(id, CurrentActor.require());
    }

    @GetMapping("/api/enforcement/titles/{titleId}/rectifications")
    List<RectificationSummary> ofTitle(@PathVariable long titleId) {
        return rectifications.ofTitle(titleId, CurrentActor.require());
    }

    @PostMapping("/api/rectifications/{id}/report")
    @PreAuthorize("hasAnyRole('PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    RectificationView report(@PathVariable long id, @RequestBody Report body) {
        return rectifications.report(
                id, version(body.version()), body.report(), body.documentIds(), CurrentActor.require());
    }

    @PostMapping("/api/rectifications/{id}/accept")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RectificationView accept(@PathVariable long id, @RequestBody Act body) {
        return rectifications.accept(id, version(body.version()), body.opinion(), CurrentActor.require());
    }

    @PostMapping("/api/rectifications/{id}/return")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RectificationView returnWithReason(@PathVariable long id, @RequestBody Act body) {
        return rectifications.returnWithReason(id, version(body.version()), body.opinion(), CurrentActor.require());
    }

    private static long version(Long version) {
        if (version == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        return version;
    }
}
