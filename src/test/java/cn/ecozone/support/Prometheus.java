package cn.ecozone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples from Prometheus' text format, as {@code /actuator/prometheus} answers. */
public final class Prometheus {

    private Prometheus() {}

    /**
     * The value of the first sample whose name and labels match {@code sample} (a regular expression
     * from the start of the line, e.g. {@code name\{[^}]*state="waiting"}); fails the test when there is none.
     */
    public static double value(String text, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + sample + "[^\\n]*? ([0-9.eE+-]+|NaN)$")
                .matcher(text);
        assertThat(matcher.find()).as("a sample " + sample + " in\n" + text).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
