package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.target.AllOf;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.indicator.target.YesNo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an indicator is laid out in the workbook. Most indicators take one row with a number
 * (数值) or a yes/no (是/否). An {@code ALL_OF} row may also take a yes/no beside its number (e.g.
 * "完成上级规定的考核任务，且≥90"), or consist of separately measured parts (e.g. GZ-09 生态保护红线面积、
 * 自然保护地面积), which get one row each, coded {@code GZ-09:redline_area}.
 *
 * @param ownNumber the indicator's own row takes a number in 数值
 * @param flag whether the own row takes 是/否
 * @param parts the separately measured parts, key to Chinese name, in edition order
 */
public record ValueShape(boolean ownNumber, FlagUse flag, Map<String, String> parts) {

    /** The separator between an indicator code and a part key in the 指标编号 column. */
    public static final String PART_SEPARATOR = ":";

    /** Whether the 是/否 column is used. */
    public enum FlagUse {
        REQUIRED,
        OPTIONAL,
        UNUSED
    }

    public static ValueShape of(EditionModel.Row row) {
        Map<String, String> parts = new LinkedHashMap<>();
        boolean ownValuePart = false;
        boolean flagPart = false;
        if (row.target() instanceof AllOf all) {
            for (AllOf.Part part : all.parts()) {
                if (part.target() instanceof YesNo) {
                    flagPart = true;
                } else if (Facts.OWN_VALUE.equals(part.key())) {
                    ownValuePart = true;
                } else {
                    parts.put(part.key(), part.nameZh());
                }
            }
        }
        if (row.valueType() == ValueType.YES_NO) {
            return new ValueShape(false, FlagUse.REQUIRED, java.util.Collections.unmodifiableMap(parts));
        }
        boolean ownNumber = parts.isEmpty() || ownValuePart;
        return new ValueShape(
                ownNumber, flagPart ? FlagUse.OPTIONAL : FlagUse.UNUSED, java.util.Collections.unmodifiableMap(parts));
    }

    /** Whether the indicator's own row (without a part key) is filled in at all. */
    public boolean ownRow() {
        return ownNumber || flag == FlagUse.REQUIRED;
    }

    /** The 指标编号 of a part row, e.g. {@code GZ-09:redline_area}. */
    public static String partCode(String indicator, String part) {
        return indicator + PART_SEPARATOR + part;
    }
}
