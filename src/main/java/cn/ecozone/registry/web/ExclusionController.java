package cn.ecozone.registry.web;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.ExclusionManagement;
import cn.ecozone.registry.ExclusionQuery;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exclusions preview (issue 11 §2): a subject's standing under the regulation that applies to its
 * region and programme today, before it has a dossier. Province, prefecture and county staff, for regions
 * in their scope (404 outside).
 */
@RestController
@RequestMapping("/api/exclusions")
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF', 'PREFECTURE_GOVERNMENT', 'COUNTY_GOVERNMENT')")
class ExclusionController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ExclusionManagement exclusions;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final Clock clock;

    ExclusionController(
            ExclusionManagement exclusions, RegionManagement regions, RegulationManagement regulations, Clock clock) {
        this.exclusions = exclusions;
        this.regions = regions;
        this.regulations = regulations;
        this.clock = clock;
    }

    /** The earliest as-of date the preview accepts. */
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    /**
     * @param asOf the window's last day, from 1950 to 10 years after today; today (Asia/Shanghai) when absent
     */
    @GetMapping
    ExclusionReport preview(
            @RequestParam String regionCode,
            @RequestParam Programme programme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Actor actor = CurrentActor.require();
        Region region = regions.require(regionCode);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", regionCode);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        // a window is counted back from asOf: a date no register can hold is bad input, not a 500
        if (asOf != null && (asOf.isBefore(EARLIEST) || asOf.isAfter(today.plusYears(10)))) {
            throw ApiException.invalid("asOf", "error.exclusion.as-of-range", EARLIEST, today.plusYears(10));
        }
        Regulation regulation = regulations
                .applicable(programme, region.path(), today)
                .orElseThrow(() -> ApiException.notFound("error.exclusion.no-regulation", region.name()));
        return exclusions.evaluate(new ExclusionQuery(
                "preview", regionCode, regulation.code(), regulation.version(), asOf == null ? today : asOf));
    }
}
