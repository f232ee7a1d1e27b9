package cn.ecozone.enforcement.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.enforcement.Evidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guizhou art. 24(5) / IM eco-civ art. 18 from the indicator values: an environmental-quality indicator
 * whose confirmed series the indicator module classifies as deterioration matches, with its series.
 */
class QualityDeclineTest {

    private static final LocalDate NAMED = LocalDate.of(2023, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String QUALITY = "构筑绿水青山 / 环境质量";

    private static IndicatorSeries series(String code, String group, String category, double... values) {
        return series(code, group, QUALITY.equals(group), category, values);
    }

    private static IndicatorSeries series(
            String code, String group, boolean environmentalQuality, String category, double... values) {
        List<IndicatorSeries.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new IndicatorSeries.Point(2023 + i, BigDecimal.valueOf(values[i])));
        }
        return new IndicatorSeries(
                "GZ-2SZS-2021",
                code,
                "指标" + code,
                "%",
                group,
                category,
                "按方向判定：" + category,
                points,
                environmentalQuality);
    }

    private static List<Match> match(IndicatorSeries... series) {
        return new QualityDecline().match(new ConditionInput(NAMED, TODAY, List.of(), List.of(series)));
    }

    @Test
    void aDeterioratingEnvironmentalQualityIndicatorMatchesOnceWithItsExplanationAndSeries() {
        List<Match> matches = match(
                series("GZ-03", QUALITY, "DETERIORATION", 80, 75, 70),
                series("GZ-02", QUALITY, "ACHIEVED", 100, 100, 100));

        assertThat(matches).hasSize(1);
        Match m = matches.getFirst();
        assertThat(m.triggerKey()).isEqualTo("INDICATOR:GZ-2SZS-2021:2025");
        assertThat(m.evidence()).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("INDICATOR");
            assertThat(e.kind()).isEqualTo("GZ-03");
        });
        assertThat(m.evidence().getFirst().year()).isNull();
        assertThat(m.evidence().getFirst().summary()).isEqualTo("指标GZ-03（%）：按方向判定：DETERIORATION");
        assertThat(m.evidence().subList(1, 4))
                .extracting(Evidence::year, e -> e.value().doubleValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2023, 80.0),
                        org.assertj.core.groups.Tuple.tuple(2024, 75.0),
                        org.assertj.core.groups.Tuple.tuple(2025, 70.0));
    }

    @Test
    void everyDeterioratingQualityIndicatorIsEvidenceOfTheOneMatch() {
        List<Match> matches = match(
                series("GZ-03", QUALITY, "DETERIORATION", 80, 75),
                series("GZ-04", QUALITY, "DETERIORATION", 60, 50, 40));

        assertThat(matches).hasSize(1);
        assertThat(matches.getFirst().triggerKey()).isEqualTo("INDICATOR:GZ-2SZS-2021:2025");
        assertThat(matches.getFirst().evidence()).extracting(Evidence::kind).containsOnly("GZ-03", "GZ-04");
        assertThat(matches.getFirst().evidence()).hasSize(2 + 3 + 2);
    }

    @Test
    void improvingStalledOrUnjudgedQualityIndicatorsDoNotMatch() {
        assertThat(match(
                        series("GZ-03", QUALITY, "ACCELERATION_NEEDED", 70, 75, 80),
                        series("GZ-04", QUALITY, "LIMITED_PROGRESS", 60, 60),
                        series("GZ-05", QUALITY, "NO_DATA", 60)))
                .isEmpty();
    }

    @Test
    void aDeterioratingIndicatorOutsideTheEnvironmentalQualityDimensionDoesNotMatch() {
        assertThat(match(series("GZ-11", "推动“两山”转化 / 民生福祉", "DETERIORATION", 80, 70)))
                .isEmpty();
    }

    @Test
    void theQualityDimensionIsWhatTheEditionMarksWhateverItsGroupsAreNamed() {
        assertThat(match(series("EC-05", "生态安全 / 大气", true, "DETERIORATION", 80, 70)))
                .hasSize(1);
        assertThat(match(series("EC-06", "生态安全 / （二）环境质量改善 / 环境空气质量", false, "DETERIORATION", 80, 70)))
                .isEmpty();
    }

    @Test
    void aSingleConfirmedYearIsNoSeriesAndDoesNotMatch() {
        assertThat(match(series("GZ-03", QUALITY, "DETERIORATION", 80))).isEmpty();
    }
}
