package cn.ecozone.region;

import java.util.Objects;

/**
 * The attributes of a region that province staff maintain, as one change.
 *
 * @param terrain the terrain class; {@link Terrain#UNKNOWN} when not known
 * @param keyEcologicalFunctionArea a national key ecological function area county (国家重点生态功能区县)
 * @param grassland has grassland (有草原); {@code null} = not known
 * @param coastal is coastal (沿海); {@code null} = not known
 */
public record RegionAttributes(Terrain terrain, boolean keyEcologicalFunctionArea, Boolean grassland, Boolean coastal) {

    public RegionAttributes {
        Objects.requireNonNull(terrain, "terrain");
    }
}
