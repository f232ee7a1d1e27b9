package cn.ecozone.publicity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Counting;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The notice's period from the regulation's entry: where the rules say "at least N working days" the
 * issuer may end later (and the explanation says so), never earlier; where they fix N days the computed
 * last day stands.
 */
class PeriodsTest {

    static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 30);
    static final LocalDate LAST = LocalDate.of(2026, 5, 9);

    private final CalendarManagement calendar = mock(CalendarManagement.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    private final Periods periods = new Periods(calendar, messages);

    PeriodsTest() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            when(calendar.deadline(eq(PUBLISHED), eq(5), eq(Counting.SAME_DAY), eq(l)))
                    .thenReturn(new Deadline(LAST, PUBLISHED, 5, Counting.SAME_DAY, List.of("line " + l)));
        }
        messages.addMessage("publicity.period.extended", Locale.SIMPLIFIED_CHINESE, "延长至 {0}（不少于 {1} 个工作日）");
        messages.addMessage("publicity.period.extended", Locale.ENGLISH, "extended to {0} (at least {1})");
    }

    private static ApplicationRules.Publicity entry(boolean minimum) {
        return new ApplicationRules.Publicity(
                "PROVINCE",
                Body.PROVINCE_DEPARTMENT,
                "门户网站",
                5,
                minimum,
                Counting.SAME_DAY,
                Body.PROVINCE_DEPARTMENT,
                new Citation("第十条", true, false, "说明"));
    }

    @Test
    void withoutAnEndTheComputedLastDayStands() {
        NoticePeriod p = periods.of(entry(false), PUBLISHED, null);
        assertThat(p.endsOn()).isEqualTo(LAST);
        assertThat(p.minimumEndsOn()).isEqualTo(LAST);
        assertThat(p.zh()).isEqualTo("line zh_CN");
    }

    @Test
    void aMinimumLetsTheIssuerEndLaterAndTheExplanationSaysSo() {
        NoticePeriod p = periods.of(entry(true), PUBLISHED, LAST.plusDays(2));
        assertThat(p.endsOn()).isEqualTo(LAST.plusDays(2));
        assertThat(p.minimumEndsOn()).isEqualTo(LAST);
        assertThat(p.zh()).endsWith("延长至 2026-05-11（不少于 5 个工作日）");
        assertThat(p.en()).endsWith("extended to 2026-05-11 (at least 5)");
    }

    @Test
    void anEndBeforeTheMinimumIsRefusedNamingTheEarliestDay() {
        assertThatThrownBy(() -> periods.of(entry(true), PUBLISHED, LAST.minusDays(1)))
                .isInstanceOf(PublicityFacts.PeriodTooShort.class)
                .extracting(e -> ((PublicityFacts.PeriodTooShort) e).args()[0])
                .isEqualTo(LAST);
    }

    @Test
    void aFixedPeriodCannotBeLengthened() {
        assertThatThrownBy(() -> periods.of(entry(false), PUBLISHED, LAST.plusDays(2)))
                .isInstanceOf(PublicityFacts.PeriodFixed.class);
    }
}
