package cn.ecozone.plan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a plan's recorded filing deadline in the reader's language (issue 14 §8): the period it was
 * counted by (IM eco-civ art. 6: within 15 working days of promulgation) and, once filed, whether the
 * filing was on time or by how many working days late. Built from {@link PlanFiling}'s facts, never
 * from stored text, except for plans promulgated before V124, whose stored text stays as it was.
 */
@Component
public class PlanFilingExplanations {

    private final MessageSource messages;

    PlanFilingExplanations(MessageSource messages) {
        this.messages = messages;
    }

    /** The explanation for the request's reader (Chinese outside a request), one sentence per line. */
    public List<String> lines(PlanFiling f) {
        return lines(f, reader());
    }

    /** The explanation in {@code locale}, one sentence per line; empty without a filing deadline. */
    public List<String> lines(PlanFiling f, Locale locale) {
        if (f.due() == null) {
            return List.of();
        }
        if (f.workingDays() == null || f.promulgatedOn() == null) {
            return f.recorded() == null ? List.of() : Arrays.asList(f.recorded().split("\n"));
        }
        List<String> out = new ArrayList<>();
        String period = "SAME_DAY".equals(f.counting()) ? "same-day" : "next-day";
        out.add(msg(
                "plan.filing.explain." + period,
                locale,
                f.article() == null ? "" : f.article(),
                f.promulgatedOn(),
                f.workingDays(),
                f.due()));
        if (f.filedOn() != null) {
            int late = f.lateDays() == null ? 0 : f.lateDays();
            out.add(
                    late > 0
                            ? msg("plan.filing.explain.late", locale, f.filedOn(), late)
                            : msg("plan.filing.explain.on-time", locale, f.filedOn()));
        }
        return out;
    }

    /**
     * The request's locale; Chinese outside a request (a job, a direct call), where the holder's JVM
     * default says nothing about a reader.
     */
    static Locale reader() {
        return LocaleContextHolder.getLocaleContext() == null
                ? Locale.SIMPLIFIED_CHINESE
                : LocaleContextHolder.getLocale();
    }

    private String msg(String key, Locale locale, Object... args) {
        Object[] printable = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, printable, locale);
    }
}
