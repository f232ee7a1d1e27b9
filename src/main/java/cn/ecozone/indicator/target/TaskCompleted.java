package cn.ecozone.indicator.target;

/** {@code TASK_COMPLETED} (完成上级规定的考核任务): the assessment task set by the superior level is completed. See {@link YesNo}. */
public record TaskCompleted() implements YesNo {

    @Override
    public String kind() {
        return "TASK_COMPLETED";
    }
}
