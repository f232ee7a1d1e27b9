package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import org.junit.jupiter.api.Test;

class ManualTest {

    private final Manual target = new Manual("生态功能不降低、性质不改变", "Ecological function not reduced, nature unchanged");

    private static Facts judged(Attainment judgement, String reason) {
        return Facts.builder().judgement(judgement, reason).build();
    }

    @Test
    void withoutJudgementItNeedsJudgement() {
        Outcome outcome =
                target.evaluate(Facts.builder().value(100.0).flag(true).build());

        assertThat(outcome.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(zh(outcome.reason())).isEqualTo("需由审核人员研判并说明理由");
    }

    @Test
    void aJudgementWithReasonIsTaken() {
        Outcome met = target.evaluate(judged(Attainment.MET, " 经现场核查，红线面积和功能均未变化 "));
        Outcome notMet = target.evaluate(judged(Attainment.NOT_MET, "发现违规占用红线"));

        assertThat(met.status()).isEqualTo(Attainment.MET);
        assertThat(zh(met.reason())).isEqualTo("经审核人员研判，已达标。理由：经现场核查，红线面积和功能均未变化");
        assertThat(notMet.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(zh(notMet.reason())).endsWith("理由：发现违规占用红线");
    }

    @Test
    void aJudgementWithoutReasonIsNotAccepted() {
        assertThat(target.evaluate(judged(Attainment.MET, null)).status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        Outcome blank = target.evaluate(judged(Attainment.NOT_MET, "  "));
        assertThat(blank.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(zh(blank.reason())).startsWith("审核意见未说明理由");
    }

    @Test
    void onlyMetOrNotMetCountsAsAJudgement() {
        assertThat(target.evaluate(judged(Attainment.NO_DATA, "无")).status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
    }

    @Test
    void describeShowsTheCriterionAsWritten() {
        assertThat(zh(target.describe(Facts.empty()))).isEqualTo("生态功能不降低、性质不改变（由审核人员研判）");
        assertThat(zh(new Manual(null, null).describe(Facts.empty()))).isEqualTo("由审核人员研判");
    }
}
