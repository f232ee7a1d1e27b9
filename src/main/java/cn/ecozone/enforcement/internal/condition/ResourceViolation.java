package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterKind;
import java.util.List;
import java.util.Set;

/**
 * Guizhou art. 24(2): 因发生土地、矿产等自然资源违法被国家或省级挂牌督办、问责的 — a sanction of category
 * {@code LAND_MINERAL_LISTING} or {@code LAND_MINERAL_ACCOUNTABILITY} imposed at national (the Ministry
 * or the State) or provincial level.
 */
public final class ResourceViolation implements Condition {

    private static final Set<String> CATEGORIES = Set.of("LAND_MINERAL_LISTING", "LAND_MINERAL_ACCOUNTABILITY");
    private static final Set<String> LEVELS = Set.of("MINISTRY", "NATIONAL", "PROVINCE");

    @Override
    public String code() {
        return "RESOURCE_VIOLATION";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        return in.of(RegisterKind.SANCTION).stream()
                .filter(e -> CATEGORIES.contains(e.category()) && LEVELS.contains(e.level()))
                .map(Match::of)
                .toList();
    }
}
