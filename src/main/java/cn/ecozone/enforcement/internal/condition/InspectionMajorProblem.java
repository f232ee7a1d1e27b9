package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterKind;
import java.util.List;
import java.util.Set;

/**
 * Guizhou art. 24(1): 中央和省委生态环境保护督察、国家自然资源督察、生态环境部各类专项督查发现重大问题的 — a
 * finding marked 重大 of a central or provincial inspection or a Ministry special inspection. The
 * register has no category for the national natural-resource inspection; such findings are entered as
 * central inspections (uncertain, docs/enforcement.md).
 */
public final class InspectionMajorProblem implements Condition {

    private static final Set<String> CATEGORIES =
            Set.of("CENTRAL_INSPECTION", "PROVINCIAL_INSPECTION", "MINISTRY_SPECIAL");

    @Override
    public String code() {
        return "INSPECTION_MAJOR_PROBLEM";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.INSPECTION_FINDING).stream()
                .filter(e -> CATEGORIES.contains(e.category()) && Boolean.TRUE.equals(e.major()))
                .map(Match::of)
                .toList();
    }
}
