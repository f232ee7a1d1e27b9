package cn.ecozone.plan.internal;

import java.time.LocalDate;

/**
 * What a plan's filing explanation is made of (issue 14 §8, V124): it is rendered when read, in the
 * reader's language, by {@link PlanFilingExplanations}.
 *
 * @param promulgatedOn the promulgation date the filing period runs from
 * @param due the filing deadline
 * @param workingDays the filing period in working days; {@code null} for a plan promulgated before V124
 * @param counting how those days were counted ({@code NEXT_DAY}, {@code SAME_DAY})
 * @param article the regulation's article, quoted (e.g. 第六条)
 * @param filedOn the filing date, or {@code null}
 * @param lateDays working days after the deadline the filing came (0 on time), or {@code null}
 * @param recorded the explanation as text for a plan promulgated before V124 (lines joined by {@code
 *     \n}, in its promulgator's language), else {@code null}
 */
public record PlanFiling(
        LocalDate promulgatedOn,
        LocalDate due,
        Integer workingDays,
        String counting,
        String article,
        LocalDate filedOn,
        Integer lateDays,
        String recorded) {}
