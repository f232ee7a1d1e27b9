package cn.ecozone.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The filing explanation is rendered from its facts in the reader's language (issue 14 §8); a plan
 * promulgated before V124 keeps its stored text, whatever the reader's language.
 */
class PlanFilingExplanationsTest {

    private static final LocalDate PROMULGATED = LocalDate.of(2026, 9, 25);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 22);

    private final PlanFilingExplanations explanations = new PlanFilingExplanations(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static PlanFiling filing(String counting, LocalDate filedOn, Integer lateDays) {
        return new PlanFiling(PROMULGATED, DUE, 15, counting, "第六条", filedOn, lateDays, null);
    }

    @Test
    void aLateFilingSaysByHowManyWorkingDaysInChineseAndInEnglish() {
        PlanFiling late = filing("NEXT_DAY", LocalDate.of(2026, 10, 26), 2);

        assertThat(explanations.lines(late, Locale.SIMPLIFIED_CHINESE))
                .containsExactly(
                        "依据第六条，规划应于颁布实施（2026-09-25）后 15 个工作日内备案，自颁布实施次日起算，期限届满日为 2026-10-22。",
                        "已于 2026-10-26 报送备案，逾期 2 个工作日。");
        assertThat(explanations.lines(late, Locale.ENGLISH))
                .containsExactly(
                        "Under 第六条 (the article of the regulation, quoted), the plan is to be filed within 15 working days"
                                + " of its promulgation on 2026-09-25, counting from the next day; the deadline is 2026-10-22.",
                        "Filed on 2026-10-26, 2 working days late.");
    }

    @Test
    void aFilingOnTimeSaysSoAndAPeriodCountedFromTheDayItselfSaysThat() {
        assertThat(explanations.lines(filing("SAME_DAY", LocalDate.of(2026, 10, 20), 0), Locale.ENGLISH))
                .containsExactly(
                        "Under 第六条 (the article of the regulation, quoted), the plan is to be filed within 15 working days"
                                + " of its promulgation on 2026-09-25, counting that day; the deadline is 2026-10-22.",
                        "Filed on 2026-10-20, within the deadline.");
    }

    @Test
    void beforeFilingOnlyThePeriodIsExplainedAndWithoutADeadlineNothing() {
        assertThat(explanations.lines(filing("NEXT_DAY", null, null), Locale.SIMPLIFIED_CHINESE))
                .hasSize(1);
        assertThat(explanations.lines(new PlanFiling(null, null, null, null, null, null, null, null), Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void aPlanPromulgatedBeforeTheFactsWereKeptShowsItsStoredTextInAnyLanguage() {
        PlanFiling old =
                new PlanFiling(PROMULGATED, DUE, null, null, null, null, null, "自 2026-09-26 起算\n期限届满日为 2026-10-22");

        assertThat(explanations.lines(old, Locale.ENGLISH)).containsExactly("自 2026-09-26 起算", "期限届满日为 2026-10-22");
        assertThat(explanations.lines(old, Locale.SIMPLIFIED_CHINESE)).hasSize(2);
    }
}
