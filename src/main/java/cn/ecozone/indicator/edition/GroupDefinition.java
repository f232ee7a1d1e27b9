package cn.ecozone.indicator.edition;

import java.util.List;

/**
 * A goal, task or domain (目标 / 任务 / 领域) of an edition. Groups nest; indicators may sit at any
 * level. Both lists are never {@code null}.
 *
 * @param environmentalQuality the group is the edition's environmental-quality dimension (file field
 *     {@code environmental_quality}): its indicators and those of its sub-groups are what "生态环境质量下降"
 *     (GZ art. 24(5), IM eco-civ art. 18) is judged on
 */
public record GroupDefinition(
        String code,
        String nameZh,
        String nameEn,
        boolean environmentalQuality,
        List<GroupDefinition> groups,
        List<IndicatorDefinition> indicators) {

    public GroupDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
