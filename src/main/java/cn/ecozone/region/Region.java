package cn.ecozone.region;

/**
 * A region as other modules see it.
 *
 * @param path the materialized path of codes from the province down, e.g. {@code /150000/152500/152502/}
 * @param functionalZone a county-level functional zone (e.g. 乌拉盖管理区) rather than an administrative division
 * @param keyEcologicalFunctionArea a national key ecological function area county (国家重点生态功能区县)
 * @param grassland whether the region has grassland (有草原); {@code null} = not known
 * @param coastal whether the region is coastal (沿海); {@code null} = not known
 */
public record Region(
        String code,
        String name,
        RegionLevel level,
        String parentCode,
        String path,
        boolean functionalZone,
        Terrain terrain,
        boolean keyEcologicalFunctionArea,
        Boolean grassland,
        Boolean coastal,
        boolean hasChildren,
        long version) {}
