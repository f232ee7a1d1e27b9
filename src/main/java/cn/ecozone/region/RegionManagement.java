package cn.ecozone.region;

import cn.ecozone.region.internal.LevelNames;
import cn.ecozone.region.internal.RegionEntity;
import cn.ecozone.region.internal.RegionTree;
import cn.ecozone.region.internal.RegionTrees;
import cn.ecozone.region.internal.Regions;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Like;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region module's API: the administrative hierarchy and its editable attributes. Reads come from
 * the cached region tree ({@link RegionTrees}, no query); an edit reads and writes the table and evicts
 * the tree when it commits.
 */
@Service
public class RegionManagement {

    private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{3}|\\d{6})?");
    private static final int SEARCH_LIMIT = 50;

    private final Regions regions;
    private final RegionTrees trees;
    private final LevelNames levelNames;
    private final ApplicationEventPublisher events;

    RegionManagement(Regions regions, RegionTrees trees, LevelNames levelNames, ApplicationEventPublisher events) {
        this.regions = regions;
        this.levelNames = levelNames;
        this.trees = trees;
        this.events = events;
    }

    /**
     * The region with the given code.
     *
     * @throws ApiException 400 for a malformed code, 404 for an unknown one
     */
    public Region require(String code) {
        return cached(trees.current(), code);
    }

    /**
     * The names of the regions with {@code codes}, by code, from the cached tree (no statement; for a
     * page of a list); unknown codes are left out.
     */
    public Map<String, String> names(Collection<String> codes) {
        RegionTree tree = trees.current();
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            tree.find(code).ifPresent(region -> names.put(code, region.name()));
        }
        return names;
    }

    /**
     * The codes of the regions above township level under {@code pathPrefix} (a data scope's prefix)
     * whose name contains {@code text}, at most {@code limit}, from the cached tree (no statement): a
     * list's search by region name (issue 14 §6).
     */
    public List<String> codesNamed(String pathPrefix, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return trees.current().named(pathPrefix, text.strip(), limit).stream()
                .map(Region::code)
                .toList();
    }

    /** The region's ancestors, the province first; empty for a province. */
    public List<Region> ancestors(String code) {
        RegionTree tree = trees.current();
        return ancestorCodes(cached(tree, code).path()).stream()
                .map(tree::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * What the region's province calls its levels and their governments (e.g. 市（州） in Guizhou), the
     * higher levels first; empty where the province has no vocabulary of its own. No statement after
     * the first call.
     */
    public List<LevelName> levelNames(String regionCode) {
        String path = cached(trees.current(), regionCode).path();
        return levelNames.of(path.substring(1, path.indexOf('/', 1)));
    }

    public List<Region> provinces() {
        return trees.current().provinces();
    }

    public List<Region> children(String code) {
        RegionTree tree = trees.current();
        cached(tree, code);
        return tree.children(code);
    }

    /** Every region below the given one at the given level, e.g. the counties of a league. */
    public List<Region> descendants(String code, RegionLevel level) {
        RegionTree tree = trees.current();
        return tree.descendants(cached(tree, code), level);
    }

    /** Regions whose name contains the query, at most 50, the higher levels first. */
    public List<Region> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 50) {
            throw ApiException.invalid("q", "error.region.query");
        }
        String pattern = Like.containing(q);
        return regions.searchByName(pattern, PageRequest.of(0, SEARCH_LIMIT)).stream()
                .map(RegionEntity::toRegion)
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
        change(region, attributes, reason, false);
        return region.toRegion();
    }

    /**
     * Sets the terrain, grassland and coastal flags of many regions at once (an import, issue 14 §8),
     * keeping each one's key-area flag; each changed region is audited with {@code reason}, unchanged
     * ones are left alone. Preconditions: the actor is province department staff (the caller checks
     * the role) whose scope holds every region (else 403 and nothing changes). Concurrent edits of the
     * same region: the region's version decides (the later write fails with 409, nothing changes).
     *
     * @return how many regions changed
     */
    @Transactional
    public int importAttributes(List<AttributeRow> rows, String reason, Actor actor) {
        int changed = 0;
        for (AttributeRow row : rows) {
            RegionEntity region = entity(row.code());
            if (!actor.scope().includes(region.path())) {
                throw ApiException.forbidden("error.scope.outside");
            }
            RegionAttributes attributes = new RegionAttributes(
                    row.terrain(), region.keyEcologicalFunctionArea(), row.grassland(), row.coastal());
            if (change(region, attributes, reason, true)) {
                changed++;
            }
        }
        return changed;
    }

    /** One region's imported terrain, grassland and coastal flags (a {@code null} flag: not known). */
    public record AttributeRow(String code, Terrain terrain, Boolean grassland, Boolean coastal) {}

    /**
     * Applies the attributes, audited with the reason; returns whether anything changed. With {@code
     * skipUnchanged} (an import) a region whose attributes stay the same is neither written nor audited.
     */
    private boolean change(RegionEntity region, RegionAttributes attributes, String reason, boolean skipUnchanged) {
        String code = region.code();
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
        if (skipUnchanged && changes.isEmpty()) {
            return false;
        }
        region.changeAttributes(
                attributes.terrain(),
                attributes.keyEcologicalFunctionArea(),
                attributes.grassland(),
                attributes.coastal());
        regions.saveAndFlush(region);
        trees.evictAfterCommit();
        events.publishEvent(new RegionAttributesChanged(code, reason, changes));
        return !changes.isEmpty();
    }

    private RegionEntity entity(String code) {
        wellFormed(code);
        return regions.findById(code).orElseThrow(() -> ApiException.notFound("error.region.not-found", code));
    }

    private static Region cached(RegionTree tree, String code) {
        wellFormed(code);
        return tree.find(code).orElseThrow(() -> ApiException.notFound("error.region.not-found", code));
    }

    private static void wellFormed(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ApiException.invalid("code", "error.region.code.malformed", String.valueOf(code));
        }
    }

    private static List<String> ancestorCodes(String path) {
        List<String> codes = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        codes.removeLast();
        return codes;
    }
}
