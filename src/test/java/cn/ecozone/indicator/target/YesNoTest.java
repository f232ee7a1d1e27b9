package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YesNoTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new Established(), "建立实施", "已建立实施，已达标"),
                Arguments.of(new CarriedOut(), "开展", "已开展，已达标"),
                Arguments.of(new Obtained(), "获得", "已获得，已达标"),
                Arguments.of(new TaskCompleted(), "完成上级规定的考核任务", "已完成上级规定的考核任务，已达标"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void trueIsMetInTheKindsOwnWords(YesNo target, String describe, String metReason) {
        Outcome outcome = target.evaluate(Facts.builder().flag(true).build());

        assertThat(outcome.status()).isEqualTo(Attainment.MET);
        assertThat(outcome.gap()).isNull();
        assertThat(zh(outcome.reason())).isEqualTo(metReason);
        assertThat(zh(target.describe(Facts.empty()))).isEqualTo(describe);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void falseIsNotMet(YesNo target, String describe, String metReason) {
        Outcome outcome = target.evaluate(Facts.builder().flag(false).build());

        assertThat(outcome.status()).isEqualTo(Attainment.NOT_MET);
        assertThat(zh(outcome.reason())).contains(describe).endsWith("未达标");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void nullIsNoDataEvenWithANumber(YesNo target, String describe, String metReason) {
        Outcome outcome = target.evaluate(Facts.builder().value(1.0).build());

        assertThat(outcome.status()).isEqualTo(Attainment.NO_DATA);
        assertThat(zh(outcome.reason())).contains(describe).endsWith("无法评价");
    }
}
