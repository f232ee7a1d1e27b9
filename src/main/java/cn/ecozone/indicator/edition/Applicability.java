package cn.ecozone.indicator.edition;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import java.util.List;

/**
 * Where an indicator applies. An empty list or a {@code null} flag means "no restriction".
 *
 * <p>An attribute the platform does not know about a region never excludes an indicator: a region of
 * {@link Terrain#UNKNOWN} terrain, or whose grassland/coastal status is unknown, is treated as covered,
 * so the indicator is still shown and the target (or a reviewer) decides. Hiding it as "not applicable"
 * would silently drop a requirement.
 *
 * @param levels region levels it applies to; empty = every level of the edition
 * @param terrains terrains it applies to; empty = every terrain
 * @param grassland {@code true} = only areas with grassland, {@code false} = only areas without, {@code
 *     null} = any
 * @param coastal {@code true} = only coastal areas, {@code false} = only inland areas, {@code null} = any
 */
public record Applicability(List<RegionLevel> levels, List<Terrain> terrains, Boolean grassland, Boolean coastal) {

    /** No restriction at all. */
    public static final Applicability EVERYWHERE = new Applicability(List.of(), List.of(), null, null);

    public Applicability {
        levels = levels == null ? List.of() : List.copyOf(levels);
        terrains = terrains == null ? List.of() : List.copyOf(terrains);
    }

    /** Whether the indicator applies to the region, by its level, terrain, grassland and coastal attributes. */
    public boolean appliesTo(Region region) {
        return appliesTo(region.level(), region.terrain(), region.grassland(), region.coastal());
    }

    /** Whether the indicator applies to a region of this level and terrain whose other attributes are unknown. */
    public boolean appliesTo(RegionLevel level, Terrain terrain) {
        return appliesTo(level, terrain, null, null);
    }

    /**
     * Whether the indicator applies to a region with these attributes; {@code null} (or {@link
     * Terrain#UNKNOWN}) means the attribute is unknown and does not exclude.
     */
    public boolean appliesTo(RegionLevel level, Terrain terrain, Boolean regionHasGrassland, Boolean regionIsCoastal) {
        if (level != null && !levels.isEmpty() && !levels.contains(level)) {
            return false;
        }
        if (terrain != null && terrain != Terrain.UNKNOWN && !terrains.isEmpty() && !terrains.contains(terrain)) {
            return false;
        }
        return matches(grassland, regionHasGrassland) && matches(coastal, regionIsCoastal);
    }

    private static boolean matches(Boolean required, Boolean actual) {
        return required == null || actual == null || required.equals(actual);
    }
}
