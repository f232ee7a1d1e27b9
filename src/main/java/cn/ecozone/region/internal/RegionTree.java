package cn.ecozone.region.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every region in memory, immutable: by code, the children of each, and the provinces, each list by
 * code. About 6,000 regions take a few megabytes; built from one query ({@link RegionTrees}).
 */
public final class RegionTree {

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;
    private final List<Region> provinces;
    private final List<Region> all;

    RegionTree(List<Region> all) {
        List<Region> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Region::code));
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> kids = new HashMap<>();
        for (Region r : sorted) {
            codes.put(r.code(), r);
            if (r.parentCode() != null) {
                kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        kids.replaceAll((parent, list) -> List.copyOf(list));
        this.byCode = Map.copyOf(codes);
        this.children = Map.copyOf(kids);
        this.provinces =
                sorted.stream().filter(r -> r.level() == RegionLevel.PROVINCE).toList();
        this.all = List.copyOf(sorted);
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The children of a region by code; empty for a leaf or an unknown code. */
    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Region> provinces() {
        return provinces;
    }

    /** Every region below {@code region} at {@code level}, by code. */
    public List<Region> descendants(Region region, RegionLevel level) {
        return all.stream()
                .filter(r -> r.level() == level
                        && !r.code().equals(region.code())
                        && r.path().startsWith(region.path()))
                .toList();
    }

    /**
     * The regions above township level whose path starts with {@code pathPrefix} and whose name
     * contains {@code text}, at most {@code limit}, in the tree's order.
     */
    public List<Region> named(String pathPrefix, String text, int limit) {
        return all.stream()
                .filter(r -> r.level() != cn.ecozone.region.RegionLevel.TOWNSHIP
                        && r.path().startsWith(pathPrefix)
                        && r.name().contains(text))
                .limit(limit)
                .toList();
    }
}
