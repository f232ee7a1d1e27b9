package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.enforcement.Evidence;
import cn.ecozone.registry.EcoQualityGrade;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Guizhou art. 24(5) 生态环境质量出现下降趋势或明显下降的; IM eco-civ art. 18 出现生态环境质量下降趋势的 —
 * read from the county eco-quality assessments in the registers (国家重点生态功能区县域生态环境质量监测评价与考核):
 * a year assessed 轻微变差, 一般变差 or 明显变差 since the naming matches, with the series of the grades by
 * year attached (value: +3 明显变好 … 0 基本稳定 … −3 明显变差). Which assessment is "environmental
 * quality" is uncertain where the seeds say no more (docs/enforcement.md).
 */
public final class QualityDecline implements Condition {

    private static final Set<String> WORSE = Set.of(
            EcoQualityGrade.SLIGHTLY_WORSE.name(),
            EcoQualityGrade.WORSE.name(),
            EcoQualityGrade.SIGNIFICANTLY_WORSE.name());

    @Override
    public String code() {
        return "QUALITY_DECLINE";
    }

    @Override
    public List<Match> match(ConditionInput in) {
        List<RegisterEntry> series = in.entries().stream()
                .filter(e -> e.kind() == RegisterKind.ECO_QUALITY && e.year() != null && grade(e) != null)
                .sorted(Comparator.comparing(RegisterEntry::year).thenComparing(RegisterEntry::id))
                .toList();
        List<Match> matches = new ArrayList<>();
        for (RegisterEntry e : in.of(RegisterKind.ECO_QUALITY)) {
            if (WORSE.contains(e.level())) {
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(Match.evidence(e));
                series.forEach(s -> evidence.add(point(s)));
                matches.add(new Match("REGISTER:" + e.id(), evidence));
            }
        }
        return matches;
    }

    /** One year of the series: the grade as a value from +3 (明显变好) to −3 (明显变差). */
    static Evidence point(RegisterEntry e) {
        int value = 3 - grade(e).ordinal();
        return new Evidence(
                "SERIES", e.id(), e.level(), e.summary(), e.occurredOn(), e.year(), BigDecimal.valueOf(value));
    }

    private static EcoQualityGrade grade(RegisterEntry e) {
        try {
            return e.level() == null ? null : EcoQualityGrade.valueOf(e.level());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
