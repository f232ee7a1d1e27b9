package cn.ecozone.indicator.edition;

import java.util.List;

/**
 * A goal, task or domain (目标 / 任务 / 领域) of an edition. Groups nest; indicators may sit at any
 * level. Both lists are never {@code null}.
 */
public record GroupDefinition(
        String code, String nameZh, String nameEn, List<GroupDefinition> groups, List<IndicatorDefinition> indicators) {

    public GroupDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
