package cn.ecozone.region.web;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionAttributes;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.region.Terrain;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous read of the administrative regions; province staff edit their attributes (terrain, key area,
 * grassland, coastal) within their scope.
 */
@RestController
@RequestMapping("/api/regions")
@Access.Public
class RegionController {

    private final RegionManagement regions;

    RegionController(RegionManagement regions) {
        this.regions = regions;
    }

    /** Without {@code q}: the provinces. With {@code q}: a name search. */
    @GetMapping
    List<RegionResponse> list(@RequestParam(required = false) String q) {
        if (q == null) {
            return regions.provinces().stream().map(RegionResponse::of).toList();
        }
        return regions.search(q).stream()
                .map(r -> RegionResponse.of(r).withDisplayPath(regions.displayPath(r)))
                .toList();
    }

    @GetMapping("/{code}")
    RegionResponse get(@PathVariable String code) {
        Region region = regions.require(code);
        return RegionResponse.of(region)
                .withAncestors(regions.ancestors(code).stream()
                        .map(a -> new Ancestor(a.code(), a.name(), a.level()))
                        .toList());
    }

    @GetMapping("/{code}/children")
    List<RegionResponse> children(@PathVariable String code) {
        return regions.children(code).stream().map(RegionResponse::of).toList();
    }

    /**
     * Every region of {@code level} below {@code code}, whole and not paged (issue 10, decided in its third
     * pass): the answer comes from the cached tree (no statement), is bounded by the state's division, not
     * by use (the largest, a province's townships, is 1,510 for 贵州省 in the shipped data, a few thousand
     * at most), and an API client asking for "the counties of a league" wants the set whole. The front end
     * does not call it: its region picker searches by name ({@code ?q=}) and the region browser opens one
     * level at a time through {@code /children}; neither needs a tree whole.
     */
    @GetMapping("/{code}/descendants")
    List<RegionResponse> descendants(@PathVariable String code, @RequestParam RegionLevel level) {
        return regions.descendants(code, level).stream().map(RegionResponse::of).toList();
    }

    @PutMapping("/{code}/attributes")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RegionResponse updateAttributes(@PathVariable String code, @Valid @RequestBody AttributesRequest body) {
        return RegionResponse.of(regions.updateAttributes(
                code,
                new RegionAttributes(
                        body.terrain(), body.keyEcologicalFunctionArea(), body.grassland(), body.coastal()),
                body.reason().strip(),
                body.version(),
                CurrentActor.require()));
    }

    /**
     * Replaces the region's attributes. {@code grassland} and {@code coastal} are three-state: {@code true},
     * {@code false}, or {@code null} (or absent) for "not known".
     */
    record AttributesRequest(
            @NotNull(message = "{validation.required}") Terrain terrain,
            @NotNull(message = "{validation.required}") Boolean keyEcologicalFunctionArea,
            Boolean grassland,
            Boolean coastal,

            @NotBlank(message = "{validation.reason.required}") @Size(max = 500, message = "{validation.size.max}")
            String reason,

            @NotNull(message = "{validation.required}") Long version) {}

    record Ancestor(String code, String name, RegionLevel level) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegionResponse(
            String code,
            String name,
            RegionLevel level,
            String parentCode,
            boolean functionalZone,
            Terrain terrain,
            boolean keyEcologicalFunctionArea,
            @JsonInclude(JsonInclude.Include.ALWAYS) Boolean grassland,
            @JsonInclude(JsonInclude.Include.ALWAYS) Boolean coastal,
            boolean hasChildren,
            long version,
            String path,
            List<Ancestor> ancestors) {

        static RegionResponse of(Region r) {
            return new RegionResponse(
                    r.code(),
                    r.name(),
                    r.level(),
                    r.parentCode(),
                    r.functionalZone(),
                    r.terrain(),
                    r.keyEcologicalFunctionArea(),
                    r.grassland(),
                    r.coastal(),
                    r.hasChildren(),
                    r.version(),
                    null,
                    null);
        }

        RegionResponse withDisplayPath(String displayPath) {
            return new RegionResponse(
                    code,
                    name,
                    level,
                    parentCode,
                    functionalZone,
                    terrain,
                    keyEcologicalFunctionArea,
                    grassland,
                    coastal,
                    hasChildren,
                    version,
                    displayPath,
                    null);
        }

        RegionResponse withAncestors(List<Ancestor> list) {
            return new RegionResponse(
                    code,
                    name,
                    level,
                    parentCode,
                    functionalZone,
                    terrain,
                    keyEcologicalFunctionArea,
                    grassland,
                    coastal,
                    hasChildren,
                    version,
                    null,
                    list);
        }
    }
}
