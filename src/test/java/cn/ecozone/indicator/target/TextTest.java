package cn.ecozone.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void numbersMustBePassedPreformatted() {
        assertThatThrownBy(() -> Text.of("target.byYear", 2027, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of("target.byYear", (Object) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nestedTextsRenderInTheSameLanguage() {
        Text text = Text.of("target.byYear", "2027", Text.of("target.comparison.describe", "≤", "25"));

        assertThat(text.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("到2027年 ≤ 25");
        assertThat(text.render(Locale.ENGLISH)).isEqualTo("≤ 25 by 2027");
    }

    @Test
    void joinKeepsTheOrder() {
        Text joined = Text.join(List.of(Text.literal("甲", "A"), Text.literal("乙", null), Text.literal("丙", "C")));

        assertThat(joined.render(Locale.CHINESE)).isEqualTo("甲；乙；丙");
        assertThat(joined.render(Locale.ENGLISH)).isEqualTo("A; 乙; C");
    }

    @Test
    void aMissingKeyFailsToRender() {
        assertThatThrownBy(() -> Text.of("no.such.key").render(Locale.ENGLISH))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void numbersAreFormattedPlainWithoutTrailingZerosOrGrouping() {
        assertThat(Numbers.format(60.0)).isEqualTo("60");
        assertThat(Numbers.format(12345678.5)).isEqualTo("12345678.5");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(1.0 / 3)).isEqualTo("0.333333");
        assertThat(Numbers.withUnit(62.30, "%")).isEqualTo("62.3%");
        assertThat(Numbers.withUnit(1.7, "-")).isEqualTo("1.7");
        assertThat(Numbers.minus(60.3, 61.3)).isEqualTo(-1.0);
    }
}
