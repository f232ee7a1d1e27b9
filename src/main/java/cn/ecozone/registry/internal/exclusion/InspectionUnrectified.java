package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.time.LocalDate;
import java.util.List;

/**
 * IM eco-civ art. 11(一): 中央生态环境保护督察和生态环境部组织的各类专项督查中存在重大问题，且未按计划完成整改任务.
 * A major finding (parameter {@code categories}: the inspections meant) in the window with a rectification
 * task whose planned date lies before the as-of date and that was not completed by that date (still open,
 * or completed late) excludes. A major finding without registered tasks, or a finding whose 重大 is not
 * recorded, needs judgement: the platform cannot tell whether rectification kept to plan.
 */
final class InspectionUnrectified implements ExclusionCheck {

    @Override
    public String code() {
        return "INSPECTION_UNRECTIFIED";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of("categories");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<String> categories = in.values("categories");
        List<RegisterEntry> findings = in.of(RegisterKind.INSPECTION_FINDING).stream()
                .filter(e -> categories.contains(e.category()))
                .filter(e -> !Boolean.FALSE.equals(e.major()))
                .toList();
        LocalDate asOf = in.window().to();
        List<RegisterEntry> overdue = findings.stream()
                .filter(e -> Boolean.TRUE.equals(e.major()))
                .filter(e -> e.tasks().stream().anyMatch(t -> overdue(t, asOf)))
                .toList();
        if (!overdue.isEmpty()) {
            return in.excluded(
                    overdue,
                    "近3年有" + overdue.size() + "个督察重大问题未按计划完成整改（整改任务计划完成日期已过，未按期完成）。",
                    overdue.size() + " major inspection finding(s) in the window have a rectification task"
                            + " not completed by its planned date.",
                    List.of());
        }
        List<RegisterEntry> unknown = findings.stream()
                .filter(e -> e.major() == null || e.tasks().isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            return in.needsJudgement(
                    unknown,
                    "有" + unknown.size() + "个督察问题未登记是否重大或未登记整改任务及计划完成日期，平台无法判断是否按计划完成整改，请人工判断。",
                    unknown.size() + " finding(s) lack the 重大 flag or rectification tasks with planned dates;"
                            + " the platform cannot tell whether rectification kept to plan.",
                    List.of());
        }
        return in.clear(
                findings.isEmpty() ? "近3年无所列督察发现的重大问题。" : "近3年督察发现的重大问题，整改任务均按计划完成或尚未到计划完成日期。",
                findings.isEmpty()
                        ? "No major finding of the inspections named in the window."
                        : "Every rectification task of the major findings was completed on time or is not yet due.",
                List.of());
    }

    /** Planned before the as-of date and not completed by the planned date (open, or completed late). */
    static boolean overdue(RegisterEntry.Task task, LocalDate asOf) {
        return task.plannedOn().isBefore(asOf)
                && (task.completedOn() == null || task.completedOn().isAfter(task.plannedOn()));
    }
}
