package cn.ecozone.registry;

/**
 * The grades of the 国家重点生态功能区县域生态环境质量监测评价与考核 (IM eco-civ art. 11(五) names
 * 一般变差 and 明显变差), best first.
 */
public enum EcoQualityGrade {
    /** 明显变好. */
    SIGNIFICANTLY_BETTER,
    /** 一般变好. */
    BETTER,
    /** 轻微变好. */
    SLIGHTLY_BETTER,
    /** 基本稳定. */
    STABLE,
    /** 轻微变差. */
    SLIGHTLY_WORSE,
    /** 一般变差. */
    WORSE,
    /** 明显变差. */
    SIGNIFICANTLY_WORSE
}
