package cn.ecozone.registry.internal.exclusion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The look-back window of "近N年": from the same calendar date N years before the as-of date (the
 * dossier's submission date), that date included, up to and including the as-of date. A 29 February
 * with no counterpart N years earlier starts on 28 February ({@link LocalDate#minusYears}). The rule is
 * stated in the regulation data ({@code exclusions.window}, marked uncertain: the seeds say only 近3年).
 */
public record ExclusionWindow(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * @param asOf the window's last day
     * @param years the look-back years, at least 1
     */
    public static ExclusionWindow of(LocalDate asOf, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("look-back years must be at least 1: " + years);
        }
        return new ExclusionWindow(asOf.minusYears(years), asOf);
    }

    /** Whether {@code date} lies in the window, both ends included. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** E.g. 2021年3月1日（含）至2024年3月1日（含）. */
    public String textZh() {
        return ZH.format(from) + "（含）至" + ZH.format(to) + "（含）";
    }

    /** E.g. 2021-03-01 to 2024-03-01 (both included). */
    public String textEn() {
        return from + " to " + to + " (both included)";
    }
}
