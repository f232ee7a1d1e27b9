package cn.ecozone.indicator.internal.demo;

import static cn.ecozone.indicator.internal.demo.Series.compound;
import static cn.ecozone.indicator.internal.demo.Series.fixed;
import static cn.ecozone.indicator.internal.demo.Series.linear;

import java.util.Map;

/**
 * Plausible series for the Beautiful Inner Mongolia targets (BIM-2024): region-wide figures for 150000 that start near
 * a believable 2020 level and move toward (some past, some short of) the 2025/2027/2035 targets, and PM2.5 and
 * new-energy bus shares for the 12 leagues and cities. Invented for the demo, not statistics.
 */
final class InnerMongoliaProfiles {

    private InnerMongoliaProfiles() {}

    /** Region-wide series (150000), generated with pace 1 so they move as written here. */
    static final Map<String, Series.Numbers> PROVINCE = Map.ofEntries(
            // 草原综合植被盖度 (%), ≥ 45 by 2035
            Map.entry("BIM-01", linear(43.6, 44.0, 0.3, 0.1, 0, 100, 1)),
            // 森林覆盖率 (%), ≥ 22.57 by 2035
            Map.entry("BIM-02", linear(20.9, 21.1, 0.12, 0.03, 0, 100, 2)),
            // 森林蓄积量 (亿立方米), ≥ 16.57 by 2035
            Map.entry("BIM-03", linear(15.2, 15.35, 0.12, 0.02, 0, 1000, 2)),
            // 水土保持率 (%), ≥ 56.89 by 2035: a little slower than needed
            Map.entry("BIM-04", linear(55.1, 55.3, 0.1, 0.04, 0, 100, 2)),
            // 耕地保有面积 (亿亩), ≥ 1.7 standing
            Map.entry("BIM-05", linear(1.715, 1.725, 0, 0.002, 0, 10, 3)),
            // 耕地质量等级 (1 = best), ≤ 5.10 by 2035
            Map.entry("BIM-06", linear(5.58, 5.62, -0.035, 0.01, 1, 10, 2)),
            // 重点保护野生动物 / 植物 物种数保护率 (%), ≥ 80 / 85 by 2027
            Map.entry("BIM-07", linear(70.5, 71.5, 2.0, 0.3, 0, 100, 1)),
            Map.entry("BIM-08", linear(78.5, 79.5, 0.8, 0.2, 0, 100, 1)),
            // 新增汽车中新能源汽车占比 (%), ≥ 35 by 2027: fast growth from a low base
            Map.entry("BIM-10", compound(4.3, 4.7, 0.45, 0.03, 0, 1)),
            // 铁路货运周转量占比 (%), ≥ 60 by 2035: well short of the pace needed
            Map.entry("BIM-11", linear(43.5, 44.5, 0.4, 0.3, 0, 100, 1)),
            // 节约型机关比例 (%), ≥ 80 by 2025
            Map.entry("BIM-12", linear(39, 41, 9, 1.0, 0, 100, 1)),
            // 美丽乡村整县建成比例 (%), ≥ 40 by 2027
            Map.entry("BIM-13", linear(5.5, 6.5, 2.5, 0.3, 0, 100, 1)),
            // 细颗粒物平均浓度 (μg/m³), ≤ 25 by 2027
            Map.entry("BIM-14", linear(28.8, 29.2, -0.6, 0.3, 5, 80, 1)),
            // 受污染耕地安全利用率 (%), ≥ 98 by 2027
            Map.entry("BIM-16", linear(95.8, 96.2, 0.3, 0.15, 0, 100, 1)),
            // “无废城市”建设比例 (%): 0, 1, …, 5 of the 12 leagues and cities (a zero base: linear progress)
            Map.entry("BIM-17", fixed(0, 8.33, 16.67, 25, 33.33, 41.67)),
            Map.entry("BIM-17-2035", fixed(0, 8.33, 16.67, 25, 33.33, 41.67)));

    /** Rough 2020 PM2.5 levels (μg/m³) of the leagues and cities, for a believable spread around 25. */
    private static final Map<String, Double> PM25_2020 = Map.ofEntries(
            Map.entry("150100", 33.0), // 呼和浩特市
            Map.entry("150200", 35.0), // 包头市
            Map.entry("150300", 38.0), // 乌海市
            Map.entry("150400", 27.0), // 赤峰市
            Map.entry("150500", 30.0), // 通辽市
            Map.entry("150600", 26.0), // 鄂尔多斯市
            Map.entry("150700", 20.0), // 呼伦贝尔市
            Map.entry("150800", 29.0), // 巴彦淖尔市
            Map.entry("150900", 26.0), // 乌兰察布市
            Map.entry("152200", 22.0), // 兴安盟
            Map.entry("152500", 18.0), // 锡林郭勒盟
            Map.entry("152900", 24.0)); // 阿拉善盟

    /** A league or city's series; its pace makes it ahead of, on, or behind the region-wide trend. */
    static Series.Numbers prefecture(String code, String regionCode) {
        return switch (code) {
            // 细颗粒物浓度 (μg/m³), ≤ 25 by 2035
            case "BIM-15" -> {
                double base = PM25_2020.getOrDefault(regionCode, 28.0);
                yield linear(base - 1.5, base + 1.5, -0.8, 0.5, 5, 80, 1);
            }
            // 新能源公交车占比 (%), ≥ 50 (no year)
            case "BIM-09" -> linear(20, 70, 7, 2, 0, 100, 1);
            default -> null;
        };
    }
}
