package cn.ecozone.indicator.target;

import java.util.Locale;

/** Renders texts for assertions. */
final class Render {

    private Render() {}

    static String zh(Text text) {
        return text.render(Locale.SIMPLIFIED_CHINESE);
    }

    static String en(Text text) {
        return text.render(Locale.ENGLISH);
    }

    static Facts value(Double value) {
        return Facts.builder().value(value).unit("%").build();
    }

    static Facts trend(Double value, Double previous, String unit) {
        return Facts.builder().value(value).previousValue(previous).unit(unit).build();
    }
}
