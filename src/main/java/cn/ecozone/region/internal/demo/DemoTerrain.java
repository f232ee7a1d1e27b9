package cn.ecozone.region.internal.demo;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.region.RegionManagement.AttributeRow;
import cn.ecozone.region.Terrain;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets the terrain of the demo counties (demo profile only, docs/demo-data.md), so that terrain-bound
 * targets such as 林草覆盖率 (GZ art. no. 7: 山区≥60%, 丘陵区≥40%, 平原区≥18%, 干旱半干旱地区≥35%)
 * are judged there instead of needing judgement. The classes are synthetic, chosen for the demo from
 * the counties' general landform, not an official classification; each change is audited with a
 * reason saying so. Only a region whose terrain is still 未知 is set, so a value a user entered stays.
 */
@Component
@Profile("demo")
@Order(16)
class DemoTerrain implements StartupTask {

    static final String REASON = "演示数据（合成）：按地貌概况设定的地形，非官方分类";

    /** Demo counties by province: Guizhou's karst mountains and its city districts, Xilingol's steppe. */
    static final Map<String, Terrain> GUIZHOU = new LinkedHashMap<>();

    static final Map<String, Terrain> INNER_MONGOLIA = new LinkedHashMap<>();

    static {
        GUIZHOU.put("520381", Terrain.MOUNTAIN); // 赤水市
        GUIZHOU.put("520328", Terrain.MOUNTAIN); // 湄潭县
        GUIZHOU.put("520329", Terrain.MOUNTAIN); // 余庆县
        GUIZHOU.put("520322", Terrain.MOUNTAIN); // 桐梓县
        GUIZHOU.put("520628", Terrain.MOUNTAIN); // 松桃苗族自治县
        GUIZHOU.put("520302", Terrain.HILL); // 红花岗区
        GUIZHOU.put("520303", Terrain.HILL); // 汇川区
        GUIZHOU.put("520102", Terrain.HILL); // 南明区
        INNER_MONGOLIA.put("152502", Terrain.ARID_SEMI_ARID); // 锡林浩特市
        INNER_MONGOLIA.put("152501", Terrain.ARID_SEMI_ARID); // 二连浩特市
        INNER_MONGOLIA.put("152527", Terrain.ARID_SEMI_ARID); // 太仆寺旗
        INNER_MONGOLIA.put("152923", Terrain.ARID_SEMI_ARID); // 额济纳旗
    }

    private static final Actor IM = new Actor(
            0, "im.staff", "im.staff（演示）", Role.PROVINCE_STAFF, 0, "内蒙古自治区生态环境厅（演示）", "150000", "/150000/", false);
    private static final Actor GZ = new Actor(
            0, "gz.staff", "gz.staff（演示）", Role.PROVINCE_STAFF, 0, "贵州省生态环境厅（演示）", "520000", "/520000/", false);

    private final RegionManagement regions;

    DemoTerrain(RegionManagement regions) {
        this.regions = regions;
    }

    @Override
    public void run() {
        set(GUIZHOU, GZ);
        set(INNER_MONGOLIA, IM);
    }

    private void set(Map<String, Terrain> terrains, Actor actor) {
        List<AttributeRow> rows = terrains.entrySet().stream()
                .map(e -> regions.require(e.getKey()))
                .filter(r -> r.terrain() == null || r.terrain() == Terrain.UNKNOWN)
                .map((Region r) -> new AttributeRow(r.code(), terrains.get(r.code()), r.grassland(), r.coastal()))
                .toList();
        if (!rows.isEmpty()) {
            regions.importAttributes(rows, REASON, actor);
        }
    }
}
