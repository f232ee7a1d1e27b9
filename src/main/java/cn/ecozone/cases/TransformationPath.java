package cn.ecozone.cases;

/**
 * The "two mountains" transformation path a case follows (转化路径). The seeds name the first three:
 * Xilingol art. 4 (聚焦生态产业化和产业生态化) and art. 6 (生态产品价值实现机制); Xilingol art. 12 selects
 * cases "围绕……不同模式路径", so the platform adds {@link #OTHER} for a path the seeds do not name.
 */
public enum TransformationPath {
    /** 产业生态化 (Xilingol art. 4). */
    INDUSTRIAL_ECOLOGIZATION("产业生态化"),
    /** 生态产业化 (Xilingol art. 4). */
    ECOLOGICAL_INDUSTRIALIZATION("生态产业化"),
    /** 生态产品价值实现 (Xilingol art. 6). */
    ECOLOGICAL_PRODUCT_VALUE("生态产品价值实现"),
    /** 其他: a path the seeds do not name (Xilingol art. 12 "不同模式路径"; the platform's). */
    OTHER("其他");

    private final String nameZh;

    TransformationPath(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
