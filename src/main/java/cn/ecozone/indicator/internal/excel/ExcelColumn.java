package cn.ecozone.indicator.internal.excel;

/**
 * The columns of the value template, in template order, with their Chinese headers. An import finds
 * the columns by header text, so users may reorder them or add their own columns.
 */
public enum ExcelColumn {
    REGION_CODE("行政区划代码", 14, true),
    REGION_NAME("行政区划名称", 18, false),
    YEAR("年度", 8, true),
    INDICATOR_CODE("指标编号", 24, true),
    INDICATOR_NAME("指标名称", 40, false),
    UNIT("单位", 12, false),
    TARGET("目标值（参考）", 30, false),
    VALUE("数值", 14, true),
    FLAG("是/否", 8, true),
    SOURCE("数据来源", 26, false),
    NOTE("备注", 30, false),
    /** The year's confirmation state, for information; rows of submitted or confirmed years cannot change. */
    STATE("填报状态", 10, false);

    private final String header;
    private final int width;
    private final boolean required;

    ExcelColumn(String header, int width, boolean required) {
        this.header = header;
        this.width = width;
        this.required = required;
    }

    public String header() {
        return header;
    }

    /** The width in characters in the template. */
    public int width() {
        return width;
    }

    /** Whether an import needs this column (the others are for the reader's information). */
    public boolean required() {
        return required;
    }

    /** The template's column letter, A for the first. */
    public String letter() {
        return letter(ordinal());
    }

    /** The Excel letter of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A column as found in an uploaded sheet: its letter there and its header. */
    public record Ref(String letter, String header) {}
}
