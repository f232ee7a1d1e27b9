package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.trend;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import org.junit.jupiter.api.Test;

/** NOT_DECREASE, STABLE_OR_IMPROVING and CHANGE_ABOVE. */
class TrendTargetsTest {

    @Test
    void notDecreaseIsMetWhenEqualToThePreviousYear() {
        Outcome outcome = new NotDecrease().evaluate(trend(1200.0, 1200.0, "平方千米"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 1200平方千米，较上一年度（1200平方千米）持平，未减少，已达标");
    }

    @Test
    void notDecreaseIsNotMetForTheSmallestDecrease() {
        Outcome outcome = new NotDecrease().evaluate(trend(1199.99, 1200.0, "平方千米"));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.01);
        assertThat(zh(outcome.reason())).contains("减少 0.01平方千米");
    }

    @Test
    void notDecreaseWithoutPreviousYearGivesNoData() {
        Outcome outcome = new NotDecrease().evaluate(trend(1200.0, null, null));

        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(zh(outcome.reason())).isEqualTo("缺少上一年度数据，无法判断是否减少");
    }

    @Test
    void stableOrImprovingAcceptsEqualAndBetter() {
        StableOrImproving target = new StableOrImproving(0, true);

        assertThat(target.evaluate(trend(30.0, 30.0, "%")).status()).isEqualTo(Attainment.MET);
        assertThat(target.evaluate(trend(30.1, 30.0, "%")).status()).isEqualTo(Attainment.MET);
        assertThat(target.evaluate(trend(29.9, 30.0, "%")).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void stableOrImprovingToleratesWorseningUpToTheToleranceInclusive() {
        StableOrImproving target = new StableOrImproving(0.5, true);

        Outcome atTolerance = target.evaluate(trend(29.5, 30.0, "%"));
        assertThat(atTolerance.status()).isEqualTo(Attainment.MET);
        assertThat(atTolerance.gap()).isEqualTo(0.0);
        Outcome beyond = target.evaluate(trend(29.4, 30.0, "%"));
        assertThat(beyond.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(beyond.gap()).isEqualTo(-0.1);
        assertThat(zh(target.describe(Facts.empty()))).isEqualTo("保持稳定或持续改善（与上一年度相比，允许波动 0.5）");
    }

    @Test
    void stableOrImprovingLowerIsBetterTreatsAnIncreaseAsWorse() {
        StableOrImproving target = new StableOrImproving(0, false);

        assertThat(target.evaluate(trend(10.0, 12.0, "%")).status()).isEqualTo(Attainment.MET);
        assertThat(target.evaluate(trend(12.5, 12.0, "%")).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void stableOrImprovingWithoutPreviousYearGivesNoData() {
        assertThat(new StableOrImproving(0, true)
                        .evaluate(trend(30.0, null, "%"))
                        .status())
                .isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void changeAboveIsNotMetWhenTheChangeIsExactlyTheStrictBound() {
        // 60.3 − 61.3 in binary floating point is −0.9999999999999929, which would wrongly pass "> −1"
        Outcome outcome = new ChangeAbove(-1, ChangeAbove.Baseline.PREVIOUS_YEAR).evaluate(trend(60.3, 61.3, null));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 60.3，较上一年度（61.3）变化 -1，未大于 -1，未达标");
    }

    @Test
    void changeAboveIsMetJustAboveTheBound() {
        Outcome outcome = new ChangeAbove(-1, ChangeAbove.Baseline.PREVIOUS_YEAR).evaluate(trend(60.4, 61.3, null));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.1);
    }

    @Test
    void changeAboveAgainstTheBaselineYearIgnoresThePreviousYear() {
        ChangeAbove target = new ChangeAbove(0, ChangeAbove.Baseline.BASELINE);
        Facts facts = Facts.builder()
                .value(62.0)
                .previousValue(63.0)
                .baselineValue(61.0)
                .build();

        Outcome outcome = target.evaluate(facts);
        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(1.0);
        assertThat(zh(outcome.reason())).contains("较基准年（61）变化 +1");
        assertThat(zh(target.describe(facts))).isEqualTo("较基准年变化量 > 0");
    }

    @Test
    void changeAboveWithoutItsBaseGivesNoData() {
        Outcome outcome = new ChangeAbove(0, ChangeAbove.Baseline.BASELINE).evaluate(trend(62.0, 61.0, null));

        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(zh(outcome.reason())).isEqualTo("缺少基准年数据，无法计算变化量");
    }
}
