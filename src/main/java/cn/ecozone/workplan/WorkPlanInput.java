package cn.ecozone.workplan;

import cn.ecozone.regulation.Programme;
import java.util.List;

/**
 * What the subject writes. {@code programme}, {@code year} and {@code planId} are read on creation
 * only: one annual work plan per region, programme and year.
 *
 * @param planId the plan (规划 / 实施方案) this annual plan implements, or null (Xilingol's annual plan is
 *     the plan itself)
 */
public record WorkPlanInput(
        Programme programme,
        Integer year,
        Long planId,
        String title,
        String summary,
        List<WorkPlanRows.Task> tasks,
        List<WorkPlanRows.Project> projects,
        List<WorkPlanRows.Fund> funds) {}
