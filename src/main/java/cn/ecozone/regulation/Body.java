package cn.ecozone.regulation;

/** Who acts in a step of a regulation: a body named by the rules, not a platform role. */
public enum Body {
    /** 创建主体 / 建设主体: the subject's own government (or other subject). */
    SUBJECT,
    /** 盟市生态环境局 / 市（州）生态环境主管部门. */
    PREFECTURE_ECOLOGY_BUREAU,
    /** 盟市政府 / 市（州）政府, when it acts for subjects below it (e.g. consents to a recommendation). */
    PREFECTURE_GOVERNMENT,
    /** 自治区生态环境厅 / 省生态环境厅. */
    PROVINCE_DEPARTMENT,
    /** 厅相关处室: the divisions of the province department. */
    PROVINCE_DIVISION,
    /** 专家: an expert panel organised by another body. */
    EXPERT_PANEL,
    /** 生态环境部. */
    MINISTRY,
    /** 同级人民代表大会（或其常务委员会）或本级人民政府: the body that deliberates a plan. */
    DELIBERATIVE_BODY,
    /** 盟生态环境保护委员会办公室 (Xilingol). */
    COMMITTEE_OFFICE
}
