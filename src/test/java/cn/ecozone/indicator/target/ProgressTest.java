package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.ecozone.indicator.target.ProgressResult.Category;
import org.junit.jupiter.api.Test;

/**
 * PM2.5 from 30 μg/m3 in 2020 toward ≤ 25 by 2027 (lower is better), current year 2024. Required CAGR = (25/30)^(1/7)
 * − 1 = −0.025710 (−2.57% a year).
 */
class ProgressTest {

    private static ProgressResult pm25(double valueIn2024) {
        return Progress.assess(30, 2020, valueIn2024, 2024, 25, 2027, false);
    }

    @Test
    void pm25From30To27IsOnTrack() {
        // observed = (27/30)^(1/4) − 1 = 0.9^0.25 − 1 = −0.025996; ratio = 0.025996 / 0.025710 = 1.011
        ProgressResult result = pm25(27);

        assertThat(result.category()).isEqualTo(Category.ON_TRACK);
        assertThat(result.observedGrowth()).isCloseTo(-0.025996, within(1e-6));
        assertThat(result.requiredGrowth()).isCloseTo(-0.025710, within(1e-6));
        assertThat(zh(result.explanation()))
                .startsWith("按复合年均增长率计算：2020年基期值 30，2024年现状值 27，实际年均增长率 -2.6%；"
                        + "实现2027年目标值 25 所需年均增长率 -2.57%；实际与所需之比为 1.01")
                .endsWith("判定为“进展顺利”");
    }

    @Test
    void pm25To28NeedsAcceleration() {
        // observed = (28/30)^(1/4) − 1 = −0.017100; ratio = 0.665 (≥ 0.6, < 0.95)
        ProgressResult result = pm25(28);

        assertThat(result.category()).isEqualTo(Category.ACCELERATION_NEEDED);
        assertThat(result.observedGrowth()).isCloseTo(-0.017100, within(1e-6));
    }

    @Test
    void aRatioBetweenHalfAndOpenSdgsPointSixIsLimitedProgress() {
        // observed = (28.3/30)^(1/4) − 1 = −0.014478; ratio = 0.563: limited under Open SDG's 0.6, not under 0.5
        assertThat(pm25(28.3).category()).isEqualTo(Category.LIMITED_PROGRESS);
    }

    @Test
    void pm25To29IsLimitedProgress() {
        // observed = (29/30)^(1/4) − 1 = −0.008440; ratio = 0.328
        assertThat(pm25(29).category()).isEqualTo(Category.LIMITED_PROGRESS);
    }

    @Test
    void pm25RisingTo31IsDeterioration() {
        // observed = (31/30)^(1/4) − 1 = +0.008231; ratio = −0.320
        ProgressResult result = pm25(31);

        assertThat(result.category()).isEqualTo(Category.DETERIORATION);
        assertThat(result.observedGrowth()).isCloseTo(0.008231, within(1e-6));
    }

    @Test
    void reachingTheTargetExactlyIsAchieved() {
        ProgressResult result = pm25(25);

        assertThat(result.category()).isEqualTo(Category.ACHIEVED);
        assertThat(result.requiredGrowth()).isNull();
        assertThat(zh(result.explanation())).isEqualTo("2024年现状值 25 已达到2027年目标值 25，判定为“已实现目标”");
    }

    @Test
    void higherIsBetterForestCoverGrowingFasterThanNeededIsOnTrack() {
        // observed = (21/20)^(1/4) − 1 = 0.012272; required = (22.57/20)^(1/15) − 1 = 0.008092; ratio = 1.517
        ProgressResult result = Progress.assess(20, 2020, 21, 2024, 22.57, 2035, true);

        assertThat(result.category()).isEqualTo(Category.ON_TRACK);
        assertThat(result.observedGrowth()).isCloseTo(0.012272, within(1e-6));
        assertThat(result.requiredGrowth()).isCloseTo(0.008092, within(1e-6));
        assertThat(en(result.explanation())).contains("ratio of observed to required 1.52");
    }

    @Test
    void aZeroBaseFallsBackToLinearChangePerYear() {
        // observed = (3 − 0)/4 = 0.75 a year; required = (10 − 0)/10 = 1 a year; ratio = 0.75
        ProgressResult result = Progress.assess(0, 2020, 3, 2024, 10, 2030, true);

        assertThat(result.category()).isEqualTo(Category.ACCELERATION_NEEDED);
        assertThat(result.observedGrowth()).isEqualTo(0.75);
        assertThat(result.requiredGrowth()).isEqualTo(1.0);
        assertThat(zh(result.explanation())).startsWith("基期值、现状值或目标值不为正数，复合年均增长率不适用");
    }

    @Test
    void aNegativeValueAlsoFallsBackToLinearChange() {
        // net balance from −4 to −1 toward ≥ 2: observed (−1 + 4)/3 = 1 a year; required (2 + 4)/5 = 1.2; ratio 0.83
        ProgressResult result = Progress.assess(-4, 2021, -1, 2024, 2, 2026, true);

        assertThat(result.category()).isEqualTo(Category.ACCELERATION_NEEDED);
        assertThat(result.observedGrowth()).isEqualTo(1.0);
    }

    @Test
    void worseningFromABaseThatEqualsTheTargetIsDeterioration() {
        ProgressResult result = Progress.assess(50, 2020, 48, 2024, 50, 2027, true);

        assertThat(result.category()).isEqualTo(Category.DETERIORATION);
        assertThat(result.requiredGrowth()).isEqualTo(0.0);
    }

    @Test
    void refusesYearsThatDoNotFollowTheBaseYear() {
        assertThatThrownBy(() -> Progress.assess(30, 2024, 27, 2024, 25, 2027, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Progress.assess(30, 2020, 27, 2024, 25, 2020, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Progress.assess(Double.NaN, 2020, 27, 2024, 25, 2027, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
