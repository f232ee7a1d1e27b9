package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * IM eco-civ art. 11(二): 未完成上级下达的生态环境质量、节能减排、排污许可证核发等生态环境保护重点工作任务. A key-task
 * record (parameter {@code categories}) in the window recorded as not completed excludes; one whose
 * completion is not recorded needs judgement.
 */
final class KeyTasksUnfinished implements ExclusionCheck {

    @Override
    public String code() {
        return "KEY_TASKS_UNFINISHED";
    }

    @Override
    public List<String> parameterKeys() {
        return List.of("categories");
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        List<String> categories = in.values("categories");
        List<RegisterEntry> tasks = in.of(RegisterKind.KEY_TASK).stream()
                .filter(e -> categories.contains(e.category()))
                .toList();
        List<RegisterEntry> unfinished =
                tasks.stream().filter(e -> Boolean.FALSE.equals(e.completed())).toList();
        if (!unfinished.isEmpty()) {
            return in.excluded(
                    unfinished,
                    "近3年有" + unfinished.size() + "项上级下达的生态环境保护重点工作任务未完成。",
                    unfinished.size() + " key task(s) assigned from above were not completed in the window.",
                    List.of());
        }
        List<RegisterEntry> unknown =
                tasks.stream().filter(e -> e.completed() == null).toList();
        if (!unknown.isEmpty()) {
            return in.needsJudgement(
                    unknown,
                    "有" + unknown.size() + "项重点工作任务未登记是否完成，请人工判断。",
                    unknown.size() + " key task(s) have no completion recorded.",
                    List.of());
        }
        return in.clear(
                "近3年登记的重点工作任务（" + tasks.size() + "项）均已完成。",
                "All " + tasks.size() + " key task(s) recorded in the window were completed.",
                List.of());
    }
}
