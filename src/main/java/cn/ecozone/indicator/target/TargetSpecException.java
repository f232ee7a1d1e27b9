package cn.ecozone.indicator.target;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A target spec that cannot be parsed: unknown kind, missing or malformed parameter. The message is English for logs;
 * {@link #text()} gives the localisable message for users ("目标定义有误（target.value）：缺少必填参数").
 */
public class TargetSpecException extends RuntimeException {

    private final String path;
    private final transient Text problem;

    public TargetSpecException(String path, Text problem) {
        super(path + ": " + english(problem));
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String english(Text problem) {
        try {
            return problem.render(Locale.ENGLISH);
        } catch (MissingResourceException e) {
            return problem.key();
        }
    }

    /** Where the problem is, like {@code target.thresholds.MOUNTAIN.value}. */
    public String path() {
        return path;
    }

    /** What is wrong, e.g. {@code spec.missing}. */
    public Text problem() {
        return problem;
    }

    /** Path and problem as one message for users. */
    public Text text() {
        return Text.of("spec.error", path, problem);
    }
}
