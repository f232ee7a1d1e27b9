package cn.ecozone.archive;

/** The sections of a candidacy archive, in the order the index lists them; the folder of each in the ZIP. */
public enum ArchiveSection {
    CANDIDACY("01-创建", "创建记录"),
    PLAN("02-规划", "规划（实施方案）"),
    WORK_PLAN("03-年度工作计划", "年度工作计划"),
    DOSSIER("04-申报材料", "申报材料"),
    REVIEW("05-评审", "评审记录"),
    PUBLICITY("06-公示", "公示"),
    OPINION("07-意见", "预审意见"),
    NAMING("08-命名", "命名与回执"),
    TITLE("09-称号", "称号"),
    REWARD("10-奖励", "资金奖励"),
    REPORT("11-报告", "年度报告"),
    SUPERVISION("12-监督检查", "监督检查与后评估"),
    ENFORCEMENT("13-整改", "整改、警告与撤销"),
    GRADING("14-年度评估", "年度评估（锡林郭勒）"),
    CASES("15-典型案例", "典型案例");

    private final String folder;
    private final String nameZh;

    ArchiveSection(String folder, String nameZh) {
        this.folder = folder;
        this.nameZh = nameZh;
    }

    /** The section's folder in the ZIP. */
    public String folder() {
        return folder;
    }

    public String nameZh() {
        return nameZh;
    }
}
