package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.enforcement.Evidence;
import cn.ecozone.registry.EcoQualityGrade;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guizhou art. 24(5) 生态环境质量出现下降趋势或明显下降的; IM eco-civ art. 18 出现生态环境质量下降趋势的 — two
 * separate triggers:
 *
 * <ol>
 *   <li>the indicator values (issue 13 §3): an environmental-quality indicator of the edition the title's
 *       regulation names whose confirmed series since the naming the indicator module classifies as
 *       {@code DETERIORATION} (Open SDG's method, {@code indicator.PublicScorecards}) matches, once per
 *       latest confirmed year, with every such indicator and its series as evidence. "Environmental
 *       quality" is the edition's own dimension, marked as data in the edition file (a group's {@code
 *       environmental_quality: true}, held by every indicator beneath it: GZ-2SZS-2021 G1.1 环境质量, nos.
 *       1–6; ECOCIV-CITY-2024 T2 （二）环境质量改善; BIM-2024 P5) — the articles name no indicators, so the
 *       choice is uncertain (docs/enforcement.md);
 *   <li>the county eco-quality assessments in the registers (国家重点生态功能区县域生态环境质量监测评价与考核):
 *       a year assessed 轻微变差, 一般变差 or 明显变差 since the naming matches, with the series of the
 *       grades by year attached (value: +3 明显变好 … 0 基本稳定 … −3 明显变差).
 * </ol>
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
        indicatorMatch(in).ifPresent(matches::add);
        return matches;
    }

    static final String DETERIORATION = "DETERIORATION";

    /**
     * Trigger 1: the environmental-quality indicators whose confirmed series deteriorates; the key names the
     * edition and the latest confirmed year among them, so a later confirmed year that still deteriorates
     * opens a new proposal and the same year never opens two.
     */
    static Optional<Match> indicatorMatch(ConditionInput in) {
        List<IndicatorSeries> worse = in.indicators().stream()
                .filter(IndicatorSeries::environmentalQuality)
                .filter(s -> DETERIORATION.equals(s.category()) && s.points().size() >= 2)
                .toList();
        if (worse.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        int latest = 0;
        for (IndicatorSeries s : worse) {
            String name = s.name() + (s.unit() == null || s.unit().isBlank() ? "" : "（" + s.unit() + "）");
            evidence.add(new Evidence(INDICATOR, null, s.code(), name + "：" + s.reason(), null, null, null));
            for (IndicatorSeries.Point p : s.points()) {
                evidence.add(new Evidence(INDICATOR, null, s.code(), name, null, p.year(), p.value()));
                latest = Math.max(latest, p.year());
            }
        }
        return Optional.of(new Match("INDICATOR:" + worse.getFirst().edition() + ":" + latest, evidence));
    }

    /** The evidence source of an indicator's series (its explanation without a year, then one row a year). */
    public static final String INDICATOR = "INDICATOR";

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
