package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import org.junit.jupiter.api.Test;

class AboveReferenceAverageTest {

    private final AboveReferenceAverage strict = new AboveReferenceAverage(true);

    private static Facts facts(Double value, Double average, String source) {
        return Facts.builder()
                .value(value)
                .referenceAverage(average, source)
                .unit("%")
                .build();
    }

    @Test
    void strictIsNotMetWhenEqualToTheAverage() {
        Outcome outcome = strict.evaluate(facts(93.5, 93.5, Facts.COMPUTED));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(0.0);
    }

    @Test
    void strictIsMetAboveAndSaysTheAverageWasComputed() {
        Outcome outcome = strict.evaluate(facts(95.2, 93.5, Facts.COMPUTED));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(1.7);
        assertThat(zh(outcome.reason())).isEqualTo("实际值 95.2%，超过当年度全省平均水平 93.5%（由平台根据全省各地区已填报数据计算），已达标");
    }

    @Test
    void reasonSaysWhenTheAverageWasPublished() {
        Outcome outcome = strict.evaluate(facts(90.0, 93.5, Facts.PUBLISHED));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(zh(outcome.reason())).contains("未超过当年度全省平均水平 93.5%（采用省级部门公布值）");
        assertThat(en(outcome.reason())).contains("as published by the province");
    }

    @Test
    void reasonSaysWhenTheSourceIsUnknown() {
        assertThat(zh(strict.evaluate(facts(95.0, 93.5, null)).reason())).contains("平均值来源未注明");
    }

    @Test
    void inclusiveIsMetWhenEqualToTheAverage() {
        Outcome outcome = new AboveReferenceAverage(false).evaluate(facts(93.5, 93.5, Facts.COMPUTED));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(zh(outcome.reason())).startsWith("实际值 93.5%，不低于当年度全省平均水平 93.5%");
    }

    @Test
    void missingAverageNeedsJudgementAndSaysTheProvincialAverageIsMissing() {
        Outcome outcome = strict.evaluate(facts(95.0, null, null));

        assertThat(outcome.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason())).startsWith("缺少当年度全省平均水平数据");
        assertThat(en(outcome.reason())).contains("provincial average");
    }

    @Test
    void missingValueGivesNoDataEvenWithAnAverage() {
        assertThat(strict.evaluate(facts(null, 93.5, Facts.COMPUTED)).status()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void describeShowsTheAverageOnceKnown() {
        assertThat(zh(strict.describe(facts(null, null, null)))).isEqualTo("超过当年度全省平均水平");
        assertThat(zh(strict.describe(facts(null, 93.5, Facts.COMPUTED)))).isEqualTo("超过当年度全省平均水平（93.5%）");
    }
}
