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

    private static final FlaggedRecords UNFINISHED =
            new FlaggedRecords(RegisterKind.KEY_TASK, RegisterEntry::completed, false);

    @Override
    public ExclusionVerdict check(CheckInput in) {
        return UNFINISHED.judge(
                in,
                new FlaggedRecords.Words(
                        n -> "近3年有" + n + "项上级下达的生态环境保护重点工作任务未完成。",
                        n -> n + " key task(s) assigned from above were not completed in the window."),
                new FlaggedRecords.Words(
                        n -> "有" + n + "项重点工作任务未登记是否完成，请人工判断。", n -> n + " key task(s) have no completion recorded."),
                new FlaggedRecords.Words(
                        n -> "近3年登记的重点工作任务（" + n + "项）均已完成。",
                        n -> "All " + n + " key task(s) recorded in the window were completed."));
    }
}
