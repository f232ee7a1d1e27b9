package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * IM eco-civ art. 18: 未及时完成上级下达的生态环境质量、节能减排、排污许可证核发等生态环境保护重点工作任务的 —
 * a key task of any category recorded as not completed since the naming.
 */
public final class KeyTasksUnfinished implements Condition {

    @Override
    public String code() {
        return "KEY_TASKS_UNFINISHED";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.KEY_TASK).stream()
                .filter(e -> Boolean.FALSE.equals(e.completed()))
                .map(Match::of)
                .toList();
    }
}
