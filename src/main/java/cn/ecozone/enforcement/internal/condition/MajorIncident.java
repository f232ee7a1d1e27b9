package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterKind;
import java.util.List;
import java.util.Set;

/**
 * Guizhou art. 24(4): 发生重、特大突发环境事件或生态破坏事件的 — an incident of either category
 * (environmental emergency, ecological damage) at level 重大 ({@code MAJOR}) or 特别重大
 * ({@code ESPECIALLY_MAJOR}) since the naming.
 */
public final class MajorIncident implements Condition {

    private static final Set<String> LEVELS = Set.of("MAJOR", "ESPECIALLY_MAJOR");

    @Override
    public String code() {
        return "MAJOR_INCIDENT";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.INCIDENT).stream()
                .filter(e -> LEVELS.contains(e.level()))
                .map(Match::of)
                .toList();
    }
}
