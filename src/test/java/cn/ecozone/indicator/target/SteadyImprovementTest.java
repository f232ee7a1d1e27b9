package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.trend;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import org.junit.jupiter.api.Test;

class SteadyImprovementTest {

    private final SteadyImprovement higher = new SteadyImprovement(null, true);

    @Test
    void betterThanThePreviousYearIsMetWithTheImprovementAsGap() {
        Outcome outcome = higher.evaluate(trend(57.0, 55.0, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(2.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 57%，较上一年度（55%）提高 2%，已达标");
    }

    @Test
    void equalToThePreviousYearBelowTheCeilingIsNotMet() {
        Outcome outcome = higher.evaluate(trend(55.0, 55.0, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 55%，较上一年度（55%）持平，未实现稳定提高，未达标");
    }

    @Test
    void worseThanThePreviousYearIsNotMetWithNegativeGap() {
        Outcome outcome = higher.evaluate(trend(54.5, 55.0, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.5);
        assertThat(zh(outcome.reason())).contains("下降 0.5%");
    }

    @Test
    void hundredPercentTwoYearsRunningIsMetBecausePercentagesHaveTheCeilingHundred() {
        Outcome outcome = higher.evaluate(trend(100.0, 100.0, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 100%，已达到最优值 100%，视为稳定提高，已达标");
    }

    @Test
    void hundredPercentWithoutAPreviousYearIsMetWithoutGap() {
        Outcome outcome = higher.evaluate(trend(100.0, null, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isNull();
    }

    @Test
    void anExplicitCeilingCountsAsMetAtOrAboveIt() {
        SteadyImprovement capped = new SteadyImprovement(90.0, true);

        assertThat(capped.evaluate(trend(90.0, 92.0, "%")).status()).isEqualTo(Attainment.MET);
        assertThat(capped.evaluate(trend(89.9, 89.9, "%")).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void aCountWithoutUnitPercentHasNoDefaultCeiling() {
        assertThat(higher.evaluate(trend(100.0, 100.0, "种")).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void previousYearMissingGivesNoDataNotNeedsJudgement() {
        Outcome outcome = higher.evaluate(trend(57.0, null, "%"));

        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason())).isEqualTo("缺少上一年度数据，无法判断是否稳定提高");
    }

    @Test
    void valueMissingGivesNoData() {
        assertThat(higher.evaluate(trend(null, 55.0, "%")).status()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void lowerIsBetterCountsADecreaseAsImprovement() {
        SteadyImprovement lower = new SteadyImprovement(null, false);

        Outcome decreased = lower.evaluate(trend(24.0, 26.0, "μg/m3"));
        assertThat(decreased.status()).isEqualTo(Attainment.MET);
        assertThat(decreased.gap()).isEqualTo(2.0);
        Outcome increased = lower.evaluate(trend(27.0, 26.0, "μg/m3"));
        assertThat(increased.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(increased.gap()).isEqualTo(-1.0);
        assertThat(zh(increased.reason())).contains("未实现持续下降");
        assertThat(zh(lower.describe(Facts.empty()))).isEqualTo("持续下降（与上一年度相比）");
    }

    @Test
    void lowerIsBetterAtOrBelowItsCeilingIsMet() {
        SteadyImprovement lower = new SteadyImprovement(25.0, false);

        assertThat(lower.evaluate(trend(25.0, 25.0, "μg/m3")).status()).isEqualTo(Attainment.MET);
        assertThat(lower.evaluate(trend(25.1, 25.1, "μg/m3")).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void describesItselfAgainstThePreviousYear() {
        assertThat(zh(higher.describe(Facts.empty()))).isEqualTo("稳定提高（与上一年度相比）");
        assertThat(en(higher.describe(Facts.empty()))).isEqualTo("steady improvement (against the previous year)");
    }
}
