package cn.ecozone.registry;

import java.util.List;

/**
 * The registers, each with the category codes it distinguishes (column {@code category}; empty when it
 * has none). What each column means per kind: docs/registry.md.
 */
public enum RegisterKind {
    /** 督察、专项督查发现的问题 (IM eco-civ art. 11(一)): finding, 重大 or not, rectification tasks. */
    INSPECTION_FINDING(
            List.of("CENTRAL_INSPECTION", "PROVINCIAL_INSPECTION", "MINISTRY_SPECIAL", "PROVINCIAL_SPECIAL")),
    /** 突发环境事件、生态破坏事件 (art. 11(三)): date, level, description. */
    INCIDENT(List.of("ENVIRONMENTAL_EMERGENCY", "ECOLOGICAL_DAMAGE")),
    /**
     * 约谈、挂牌督办、区域限批 (art. 11(三)); 国家或省级挂牌督办/问责 for land and mineral violations
     * (Guizhou art. 24(2)).
     */
    SANCTION(List.of(
            "INTERVIEW",
            "SUPERVISED_LISTING",
            "REGIONAL_RESTRICTION",
            "LAND_MINERAL_LISTING",
            "LAND_MINERAL_ACCOUNTABILITY")),
    /** 森林资源案件 (Guizhou art. 24(3)) with their rectification. */
    FOREST_CASE(List.of()),
    /** 信访、12369 举报 (art. 11(四)): received, due and closed dates. */
    PETITION(List.of("LETTER_VISIT", "HOTLINE_12369")),
    /** 重点工作任务 (art. 11(二)): per region and year, completed or not. */
    KEY_TASK(List.of("ENVIRONMENTAL_QUALITY", "ENERGY_AND_EMISSIONS", "DISCHARGE_PERMITS")),
    /** 国家重点生态功能区县域生态环境质量监测评价与考核 (art. 11(五)): the year's grade. */
    ECO_QUALITY(List.of()),
    /** 生态环境监测数据造假 (art. 11(六)). */
    DATA_FALSIFICATION(List.of());

    private final List<String> categories;

    RegisterKind(List<String> categories) {
        this.categories = categories;
    }

    /** The category codes a record of this kind may carry; empty when the kind has none. */
    public List<String> categories() {
        return categories;
    }
}
