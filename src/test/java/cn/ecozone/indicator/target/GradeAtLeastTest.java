package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeAtLeastTest {

    private static final List<String> SCALE = List.of("优", "良", "中", "差");
    private final GradeAtLeast goodOrBetter = new GradeAtLeast("良");

    private static Facts graded(String grade) {
        return Facts.builder().grade(grade, SCALE).build();
    }

    @Test
    void exactlyTheTargetGradeIsMetWithNoGap() {
        Outcome outcome = goodOrBetter.evaluate(graded("良"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isZero();
        assertThat(zh(outcome.reason())).isEqualTo("评定为“良”，达到“良”及以上");
    }

    @Test
    void aBetterGradeIsMetAndCountsGradesAbove() {
        Outcome outcome = goodOrBetter.evaluate(graded("优"));

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isEqualTo(1.0);
    }

    @Test
    void aWorseGradeIsNotMetAndCountsGradesShort() {
        Outcome outcome = goodOrBetter.evaluate(graded("差"));

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(outcome.gap()).isEqualTo(-2.0);
        assertThat(zh(outcome.reason())).isEqualTo("评定为“差”，未达到“良”");
    }

    @Test
    void noGradeIsNoData() {
        assertThat(goodOrBetter.evaluate(graded(null)).status()).isEqualTo(Attainment.NO_DATA);
        assertThat(goodOrBetter.evaluate(Facts.empty()).status()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void aGradeOffTheScaleNeedsJudgementRatherThanAGuess() {
        Outcome outcome = goodOrBetter.evaluate(graded("较好"));

        assertThat(outcome.status()).isEqualTo(Attainment.NEEDS_JUDGEMENT);
        assertThat(zh(outcome.reason())).contains("较好");
    }

    @Test
    void parsesFromASpecAndDescribesItself() {
        Target parsed = TargetSpecs.parse(Map.of("kind", "GRADE_AT_LEAST", "grade", "良"));

        assertThat(parsed).isEqualTo(goodOrBetter);
        assertThat(zh(parsed.describe(Facts.empty()))).isEqualTo("达到“良”及以上");
    }
}
