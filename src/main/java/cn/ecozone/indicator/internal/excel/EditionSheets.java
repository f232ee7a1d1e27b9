package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layout of the edition workbook, shared by its writer and reader: a sheet of header items
 * (项目 | 内容) and a sheet with one row per indicator. Columns and items are found by their Chinese
 * labels, so staff may reorder columns; choices are written in Chinese. A workbook written before the
 * province item and the range columns existed reads as a national edition with derived ranges.
 */
final class EditionSheets {

    static final String HEADER_SHEET = "版本信息";
    static final String INDICATOR_SHEET = "指标";
    static final String HELP_SHEET = "填写说明";

    /** The header items, in order, with the editor field each one fills. */
    static final List<Map.Entry<String, String>> ITEMS = List.of(
            Map.entry("code", "版本编号"),
            Map.entry("version", "版次"),
            Map.entry("titleZh", "名称"),
            Map.entry("titleEn", "英文名称"),
            Map.entry("issuerZh", "发布机关"),
            Map.entry("documentZh", "所属文件"),
            Map.entry("issued", "发布日期"),
            Map.entry("issuedUncertain", "发布日期存疑"),
            Map.entry("source", "来源"),
            Map.entry("complete", "指标已完整"),
            Map.entry("levels", "适用层级"),
            Map.entry("province", "适用省份"),
            Map.entry("firstYear", "起始年度"),
            Map.entry("lastYear", "截止年度"),
            Map.entry("scoreMethod", "计分方法"),
            Map.entry("scoreNoteZh", "计分说明"),
            Map.entry("scoreNoteEn", "计分说明（英文）"));

    /** The indicator columns, in order, with the editor field each one fills. */
    static final List<Map.Entry<String, String>> COLUMNS = List.of(
            Map.entry("code", "指标编号"),
            Map.entry("number", "序号"),
            Map.entry("groupPath", "分组"),
            Map.entry("nameZh", "指标名称"),
            Map.entry("nameEn", "英文名称"),
            Map.entry("unit", "单位"),
            Map.entry("valueType", "值类型"),
            Map.entry("binding", "指标属性"),
            Map.entry("definitionZh", "指标解释"),
            Map.entry("applyLevels", "适用层级"),
            Map.entry("applyTerrains", "适用地形"),
            Map.entry("grassland", "草原地区"),
            Map.entry("coastal", "沿海地区"),
            Map.entry("targetTextZh", "目标原文"),
            Map.entry("target.kind", "目标类型"),
            Map.entry("target.value", "目标值"),
            Map.entry("target.byYear", "目标年份"),
            Map.entry("target", "其他目标参数（JSON）"),
            Map.entry("grades", "等级（由优到差）"),
            Map.entry("weight", "权重"),
            Map.entry("rangeMin", "取值下限"),
            Map.entry("rangeMax", "取值上限"),
            Map.entry("uncertain", "存疑"),
            Map.entry("environmentalQuality", "环境质量指标"),
            Map.entry("source", "来源"));

    /**
     * Columns a workbook may lack: files written before they existed (then the range is derived, as
     * where the edition states none, and no indicator is marked as environmental quality). Every other
     * column is required.
     */
    static final Set<String> OPTIONAL_COLUMNS = Set.of("rangeMin", "rangeMax", "environmentalQuality");

    static final Map<ValueType, String> VALUE_TYPES =
            Map.of(ValueType.NUMBER, "数值", ValueType.PERCENTAGE, "百分比", ValueType.YES_NO, "是否", ValueType.GRADE, "等级");

    static final Map<Binding, String> BINDINGS = Map.of(Binding.BINDING, "约束性", Binding.REFERENCE, "参考性");

    static final Map<RegionLevel, String> LEVELS = Map.of(
            RegionLevel.PROVINCE, "省级",
            RegionLevel.PREFECTURE, "地级",
            RegionLevel.COUNTY, "县级",
            RegionLevel.TOWNSHIP, "乡级");

    static final Map<Terrain, String> TERRAINS = Map.of(
            Terrain.MOUNTAIN, "山区", Terrain.HILL, "丘陵区", Terrain.PLAIN, "平原区", Terrain.ARID_SEMI_ARID, "干旱半干旱地区");

    static final Map<String, String> SCORE_METHODS = Map.of("SHARE_MET", "达标率", "WEIGHTED", "加权计分");

    /** Separators accepted in list cells: 、 ， , ； ; and line breaks. */
    static final String LIST_SEPARATORS = "[、，,；;\\n]+";

    static final String YES = "是";
    static final String NO = "否";

    private EditionSheets() {}

    static String label(List<Map.Entry<String, String>> entries, String field) {
        return entries.stream()
                .filter(e -> e.getKey().equals(field))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(field);
    }
}
