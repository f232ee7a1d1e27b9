package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.indicator.ValueType;

/** The Chinese words the workbooks use for states and kinds (the same as the web UI's). */
final class Labels {

    private Labels() {}

    static String state(SubmissionState state) {
        return switch (state) {
            case OPEN -> "填报中";
            case SUBMITTED -> "已上报";
            case RETURNED -> "已退回";
            case CONFIRMED -> "已确认";
        };
    }

    static String attainment(Attainment attainment) {
        return switch (attainment) {
            case MET -> "达标";
            case NOT_MET -> "未达标";
            case NO_DATA -> "无数据";
            case NEEDS_JUDGEMENT -> "需人工研判";
            case NOT_APPLICABLE -> "不适用";
        };
    }

    static String binding(Binding binding) {
        return binding == Binding.BINDING ? "约束性" : "参考性";
    }

    static String flag(Boolean flag) {
        return flag == null ? null : flag ? "是" : "否";
    }

    /** The unit as the template shows it: the edition's, or % for a percentage without one. */
    static String unit(String unit, ValueType type) {
        if (unit != null && !unit.isBlank()) {
            return unit;
        }
        return switch (type) {
            case PERCENTAGE -> "%";
            case YES_NO -> "是/否";
            default -> null;
        };
    }
}
