package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guizhou no. 9: 生态保护红线面积、自然保护地面积 不减少. */
class AllOfTest {

    private final AllOf areas = new AllOf(List.of(
            new AllOf.Part("redline_area", "生态保护红线面积", "Red-line area", new NotDecrease()),
            new AllOf.Part("protected_area", "自然保护地面积", null, new NotDecrease())));

    @Test
    void metOnlyWhenEveryPartIsMet() {
        Facts facts = Facts.builder()
                .part("redline_area", 1200.0, 1200.0)
                .part("protected_area", 800.5, 800.0)
                .build();

        Outcome outcome = areas.evaluate(facts);
        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason()))
                .isEqualTo("生态保护红线面积：实际值 1200，较上一年度（1200）持平，未减少，已达标；" + "自然保护地面积：实际值 800.5，较上一年度（800）提高 0.5，未减少，已达标");
    }

    @Test
    void onePartNotMetMakesTheRowNotMetEvenWhenAnotherLacksData() {
        Facts facts = Facts.builder()
                .part("redline_area", 1199.0, 1200.0)
                .part("protected_area", 800.0, null)
                .build();

        assertThat(areas.evaluate(facts).status()).isEqualTo(Attainment.NOT_MET);
    }

    @Test
    void aPartWithoutDataMakesTheRowNoDataWhenNothingIsNotMet() {
        Facts facts = Facts.builder().part("redline_area", 1200.0, 1200.0).build();

        Outcome outcome = areas.evaluate(facts);
        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(zh(outcome.reason())).endsWith("自然保护地面积：未填报本年度实际值，无法评价");
    }

    @Test
    void noDataOutranksNeedsJudgement() {
        AllOf mixed = new AllOf(List.of(
                new AllOf.Part("a", "甲", null, new AtLeast(1)),
                new AllOf.Part("b", "乙", null, new Manual(null, null))));

        assertThat(mixed.evaluate(Facts.empty()).status()).isEqualTo(Attainment.NO_DATA);
        assertThat(mixed.evaluate(Facts.builder().part("a", 2.0, null).build()).status())
                .isEqualTo(Attainment.NEEDS_JUDGEMENT);
    }

    @Test
    void partNamesAreShownInTheLanguageOfTheReader() {
        Facts facts = Facts.builder().build();

        assertThat(zh(areas.describe(facts))).isEqualTo("生态保护红线面积：不减少（与上一年度相比）；自然保护地面积：不减少（与上一年度相比）");
        assertThat(en(areas.describe(facts)))
                .startsWith("Red-line area: no decrease (against the previous year); 自然保护地面积:");
    }

    @Test
    void theReservedKeyValueStandsForTheRowsOwnValueAndTheFlagIsShared() {
        // 完成上级规定的考核任务，且≥90或持续提高
        AllOf row = new AllOf(List.of(
                new AllOf.Part("task_completed", "完成上级规定的考核任务", null, new TaskCompleted()),
                new AllOf.Part(Facts.OWN_VALUE, "优良天数比率", null, new SteadyImprovement(90.0, true))));
        Facts facts = Facts.builder()
                .value(88.0)
                .previousValue(87.0)
                .flag(true)
                .unit("%")
                .build();

        assertThat(row.evaluate(facts).status()).isEqualTo(Attainment.MET);
        Facts failed = Facts.builder()
                .value(88.0)
                .previousValue(87.0)
                .flag(false)
                .unit("%")
                .build();
        assertThat(row.evaluate(failed).status()).isEqualTo(Attainment.NOT_MET);
    }
}
