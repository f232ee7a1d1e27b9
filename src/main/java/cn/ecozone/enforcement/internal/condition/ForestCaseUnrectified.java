package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.util.List;

/**
 * Guizhou art. 24(3): 发生重大破坏森林资源案件，且未按计划完成整改任务的 — a forest case marked 重大 with a
 * rectification task whose planned date has passed ({@code plannedOn} before today) without its
 * completion. Time makes it match, so the daily job evaluates it too.
 */
public final class ForestCaseUnrectified implements Condition {

    @Override
    public String code() {
        return "FOREST_CASE_UNRECTIFIED";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.FOREST_CASE).stream()
                .filter(e -> Boolean.TRUE.equals(e.major()) && late(e, in))
                .map(Match::of)
                .toList();
    }

    private static boolean late(RegisterEntry e, ConditionInput in) {
        return e.tasks().stream()
                .anyMatch(t -> t.plannedOn() != null
                        && t.plannedOn().isBefore(in.today())
                        && (t.completedOn() == null || t.completedOn().isAfter(t.plannedOn())));
    }
}
