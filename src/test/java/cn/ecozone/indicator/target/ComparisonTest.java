package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.value;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

    @Test
    void atLeastIsMetExactlyAtTheThreshold() {
        Outcome outcome = new AtLeast(60).evaluate(value(60.0));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
    }

    @Test
    void atLeastIsNotMetJustBelowWithTheShortfallAsNegativeGap() {
        Outcome outcome = new AtLeast(60).evaluate(value(59.9));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.1);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 59.9%，低于目标值 60%，相差 0.1%，未达标");
    }

    @Test
    void atLeastAboveGivesTheMarginAndAGovernmentStyleReason() {
        Outcome outcome = new AtLeast(60).evaluate(value(62.3));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(2.3);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 62.3%，不低于目标值 60%，已达标");
        assertThat(en(outcome.reason())).isEqualTo("Value 62.3% is not below the target 60%; met");
    }

    @Test
    void greaterThanIsNotMetExactlyAtTheThreshold() {
        Outcome outcome = new GreaterThan(95).evaluate(value(95.0));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 95%，未超过目标值 95%，未达标");
    }

    @Test
    void greaterThanIsMetJustAbove() {
        Outcome outcome = new GreaterThan(95).evaluate(value(95.01));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(0.01);
    }

    @Test
    void atMostIsMetExactlyAtTheThresholdAndNotMetJustAbove() {
        Facts at = Facts.builder().value(25.0).unit("μg/m3").build();
        Facts above = Facts.builder().value(25.1).unit("μg/m3").build();

        assertThat(new AtMost(25).evaluate(at).status()).isEqualTo(Attainment.MET);
        Outcome outcome = new AtMost(25).evaluate(above);
        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.1);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 25.1μg/m3，高于目标值 25μg/m3，超出 0.1μg/m3，未达标");
    }

    @Test
    void lessThanIsNotMetExactlyAtTheThresholdAndMetJustBelow() {
        assertThat(new LessThan(0.5).evaluate(value(0.5)).status()).isEqualTo(Attainment.NOT_MET);
        Outcome below = new LessThan(0.5).evaluate(value(0.4));
        assertThat(below.status()).isEqualTo(Attainment.MET);
        assertThat(below.gap()).isEqualTo(0.1);
    }

    @Test
    void equalsHundredPercentIsMetOnlyAtHundred() {
        assertThat(new EqualTo(100).evaluate(value(100.0)).status()).isEqualTo(Attainment.MET);
        Outcome outcome = new EqualTo(100).evaluate(value(99.9));
        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-0.1);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 99.9%，与目标值 100% 相差 0.1%，未达标");
    }

    @Test
    void equalsWithToleranceIncludesTheToleranceBound() {
        EqualTo target = new EqualTo(100, 0.5, null);

        assertThat(target.evaluate(value(99.5)).status()).isEqualTo(Attainment.MET);
        assertThat(target.evaluate(value(99.5)).gap()).isEqualTo(0.0);
        Outcome outside = target.evaluate(value(99.4));
        assertThat(outside.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outside.gap()).isEqualTo(-0.1);
        assertThat(zh(target.describe(value(null)))).isEqualTo("= 100%（允许偏差 ±0.5%）");
    }

    static Stream<Comparison> comparisons() {
        return Stream.of(new AtLeast(1), new GreaterThan(1), new AtMost(1), new LessThan(1), new EqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("comparisons")
    void noValueGivesNoDataWithoutGap(Comparison comparison) {
        Outcome outcome = comparison.evaluate(value(null));

        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason())).isEqualTo("未填报本年度实际值，无法评价");
    }

    @Test
    void describesTheThresholdWithUnitAndNoTrailingZeros() {
        assertThat(zh(new AtLeast(60.0).describe(value(null)))).isEqualTo("≥ 60%");
        assertThat(zh(new GreaterThan(95).describe(value(null)))).isEqualTo("> 95%");
        assertThat(zh(new EqualTo(100).describe(value(null)))).isEqualTo("= 100%");
    }

    @Test
    void datedTargetShowsItsYearButEvaluatesLikeAStandingOne() {
        AtMost dated = new AtMost(25, 2027);
        Facts facts = Facts.builder().value(27.0).unit("μg/m3").build();

        assertThat(zh(dated.describe(facts))).isEqualTo("到2027年 ≤ 25μg/m3");
        assertThat(en(dated.describe(facts))).isEqualTo("≤ 25μg/m3 by 2027");
        assertThat(dated.evaluate(facts)).isEqualTo(new AtMost(25).evaluate(facts));
        assertThat(dated.evaluate(facts).status()).isEqualTo(Attainment.NOT_MET);
    }
}
