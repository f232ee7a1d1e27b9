package cn.ecozone.indicator.internal.demo;

import static cn.ecozone.indicator.internal.demo.Series.compound;
import static cn.ecozone.indicator.internal.demo.Series.fromYear;
import static cn.ecozone.indicator.internal.demo.Series.fullOrElse;
import static cn.ecozone.indicator.internal.demo.Series.linear;
import static cn.ecozone.indicator.internal.demo.Series.steadyArea;

import java.util.Map;

/**
 * Plausible ranges for a Guizhou county against the Two Mountains Index (GZ-2SZS-2021): 2020 levels and yearly
 * changes chosen so that most counties meet most targets, some miss, and trends differ. Invented for the demo, not
 * statistics. Keys are indicator codes, or {@code code/partKey} for the parts of an ALL_OF row.
 */
final class GuizhouProfiles {

    private GuizhouProfiles() {}

    static final Map<String, Series.Numbers> NUMBERS = Map.ofEntries(
            // 环境空气质量优良天数比例 (%), against this year's provincial average
            Map.entry("GZ-01", linear(88, 98.5, 0.35, 0.6, 60, 100, 1)),
            // 集中式饮用水水源地水质达标率 (%), target 100%: most counties comply every year
            Map.entry("GZ-02", fullOrElse(0.85, linear(90, 99, 2.5, 0.5, 0, 100, 1))),
            // 地表水 / 地下水 达到或优于III类 (%), 稳定提高
            Map.entry("GZ-03", linear(78, 99, 0.9, 1.2, 0, 100, 1)),
            Map.entry("GZ-04", linear(70, 96, 0.6, 1.5, 0, 100, 1)),
            // 受污染耕地 / 污染地块 安全利用率 (%), > 95%
            Map.entry("GZ-05", linear(88, 98, 0.7, 0.6, 0, 100, 1)),
            Map.entry("GZ-06", linear(86, 97, 0.9, 0.8, 0, 100, 1)),
            // 林草覆盖率 (%), by terrain (mountain ≥ 60%)
            Map.entry("GZ-07", linear(48, 72, 0.45, 0.2, 0, 100, 2)),
            // 物种丰富度 (number of species), 稳定提高
            Map.entry("GZ-08", compound(600, 2400, 0.01, 0.003, 1, 0)),
            // 生态保护红线面积、自然保护地面积 (km²), 不减少
            Map.entry("GZ-09/redline_area", steadyArea(180, 1400, 0.1)),
            Map.entry("GZ-09/protected_area_area", steadyArea(25, 450, 0.1)),
            // 单位国土面积生态系统生产总值 (万元/km²), 稳定提高
            Map.entry("GZ-10", compound(900, 3800, 0.04, 0.01, 1, 1)),
            // shares (%), 稳定提高
            Map.entry("GZ-11", linear(8, 35, 0.8, 0.6, 0, 100, 2)),
            Map.entry("GZ-12", linear(15, 45, 1.1, 0.8, 0, 100, 2)),
            Map.entry("GZ-13", linear(4, 28, 0.6, 0.5, 0, 100, 2)),
            Map.entry("GZ-14", linear(8, 35, 0.9, 1.0, 0, 100, 2)),
            Map.entry("GZ-15", linear(2, 14, 0.3, 0.3, 0, 100, 2)),
            // 公众满意度 (%), > 95%
            Map.entry("GZ-17", linear(87, 97.5, 0.5, 0.7, 0, 99.9, 1)),
            // 生态环保投入占 GDP 比重 (%), > 3%
            Map.entry("GZ-20", linear(1.4, 4.6, 0.05, 0.25, 0.1, 100, 2)));

    static final Map<String, Series.Flags> FLAGS = Map.of(
            // 国际国内生态文明品牌: obtained by about half the counties
            "GZ-16", fromYear(0.55, 2025),
            // 制度建设、生态产品市场化机制: established by most
            "GZ-18", fromYear(0.9, 2024),
            "GZ-19", fromYear(0.8, 2025));
}
