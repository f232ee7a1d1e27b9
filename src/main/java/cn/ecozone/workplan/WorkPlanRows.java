package cn.ecozone.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The rows of an annual work plan: tasks, projects and funds. */
public final class WorkPlanRows {

    private WorkPlanRows() {}

    /** How far a task has got when the plan is written (e.g. tasks continued from last year). */
    public enum TaskStatus {
        /** 未开始. */
        NOT_STARTED,
        /** 推进中. */
        IN_PROGRESS,
        /** 已完成. */
        DONE
    }

    /**
     * One task.
     *
     * @param quarter the quarter it is due in (1–4), or null
     * @param dueOn a due date inside the plan's year, or null
     */
    public record Task(
            String task,
            @Nullable String responsibleUnit,
            @Nullable Integer quarter,
            @Nullable LocalDate dueOn,
            TaskStatus status) {}

    /**
     * One project: a key project of the library (by id, same region) or a project named in free text.
     *
     * @param plannedInvestment the investment planned for the year, in 万元
     */
    public record Project(
            @Nullable Long keyProjectId,
            @Nullable String name,
            @Nullable BigDecimal plannedInvestment,
            @Nullable String note) {}

    /**
     * One line of planned funds.
     *
     * @param amount in 万元, at least 0
     * @param source e.g. 中央财政资金, 社会资本
     */
    public record Fund(
            String item,
            @Nullable BigDecimal amount,
            @Nullable String source) {}
}
