package cn.ecozone.region;

import cn.ecozone.region.internal.RegionEntity;
import cn.ecozone.region.internal.Regions;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region module's API: the administrative hierarchy and its editable attributes. */
@Service
@Transactional(readOnly = true)
public class RegionManagement {

    private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{3}|\\d{6})?");
    private static final int SEARCH_LIMIT = 50;

    private final Regions regions;
    private final ApplicationEventPublisher events;

    RegionManagement(Regions regions, ApplicationEventPublisher events) {
        this.regions = regions;
        this.events = events;
    }

    /**
     * The region with the given code.
     *
     * @throws ApiException 400 for a malformed code, 404 for an unknown one
     */
    public Region require(String code) {
        return toRegion(entity(code));
    }

    /**
     * The names of the regions with {@code codes}, by code, in one statement (for a page of a list);
     * unknown codes are left out.
     */
    public Map<String, String> names(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return regions.findAllById(new java.util.HashSet<>(codes)).stream()
                .collect(Collectors.toMap(RegionEntity::code, RegionEntity::name));
    }

    /** The region's ancestors, the province first; empty for a province. */
    public List<Region> ancestors(String code) {
        RegionEntity region = entity(code);
        List<String> codes = ancestorCodes(region.path());
        Map<String, RegionEntity> byCode =
                regions.findAllById(codes).stream().collect(Collectors.toMap(RegionEntity::code, Function.identity()));
        return codes.stream()
                .map(byCode::get)
                .filter(Objects::nonNull)
                .map(this::toRegion)
                .toList();
    }

    public List<Region> provinces() {
        return regions.findByLevelOrderByCode(RegionLevel.PROVINCE).stream()
                .map(this::toRegion)
                .toList();
    }

    public List<Region> children(String code) {
        entity(code);
        return regions.findByParentCodeOrderByCode(code).stream()
                .map(this::toRegion)
                .toList();
    }

    /** Every region below the given one at the given level, e.g. the counties of a league. */
    public List<Region> descendants(String code, RegionLevel level) {
        RegionEntity region = entity(code);
        return regions.findDescendants(region.path() + "%", level, region.code()).stream()
                .map(this::toRegion)
                .toList();
    }

    /** Regions whose name contains the query, at most 50, the higher levels first. */
    public List<Region> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 50) {
            throw ApiException.invalid("q", "error.region.query");
        }
        String pattern = Like.containing(q);
        return regions.searchByName(pattern, PageRequest.of(0, SEARCH_LIMIT)).stream()
                .map(this::toRegion)
                .toList();
    }

    /** The names of the region's ancestors and the region itself, joined for display. */
    public String displayPath(Region region) {
        List<String> names = new ArrayList<>(
                ancestors(region.code()).stream().map(Region::name).toList());
        names.add(region.name());
        return String.join(" / ", names);
    }

    /**
     * Changes terrain, the key-area flag and the grassland and coastal flags (a {@code null} flag: not
     * known). Preconditions: the actor is province department staff whose scope holds the region, gives a
     * reason, and sends the version it read (else 409).
     */
    @Transactional
    public Region updateAttributes(String code, RegionAttributes attributes, String reason, long version, Actor actor) {
        RegionEntity region = entity(code);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.forbidden("error.scope.outside");
        }
        if (region.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(
                changes,
                "terrain",
                region.terrain().name(),
                attributes.terrain().name());
        FieldChange.addIfChanged(
                changes,
                "keyEcologicalFunctionArea",
                String.valueOf(region.keyEcologicalFunctionArea()),
                String.valueOf(attributes.keyEcologicalFunctionArea()));
        FieldChange.addIfChanged(
                changes,
                "grassland",
                Objects.toString(region.grassland(), null),
                Objects.toString(attributes.grassland(), null));
        FieldChange.addIfChanged(
                changes,
                "coastal",
                Objects.toString(region.coastal(), null),
                Objects.toString(attributes.coastal(), null));
        region.changeAttributes(
                attributes.terrain(),
                attributes.keyEcologicalFunctionArea(),
                attributes.grassland(),
                attributes.coastal());
        regions.saveAndFlush(region);
        events.publishEvent(new RegionAttributesChanged(code, reason, changes));
        return toRegion(region);
    }

    private RegionEntity entity(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ApiException.invalid("code", "error.region.code.malformed", String.valueOf(code));
        }
        return regions.findById(code).orElseThrow(() -> ApiException.notFound("error.region.not-found", code));
    }

    private static List<String> ancestorCodes(String path) {
        List<String> codes = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        codes.removeLast();
        return codes;
    }

    private Region toRegion(RegionEntity e) {
        return new Region(
                e.code(),
                e.name(),
                e.level(),
                e.parentCode(),
                e.path(),
                e.functionalZone(),
                e.terrain(),
                e.keyEcologicalFunctionArea(),
                e.grassland(),
                e.coastal(),
                e.hasChildren(),
                e.version());
    }
}
