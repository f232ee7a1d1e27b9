package cn.ecozone.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.calendar.WorkingDayCalendar.SpecialDay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The working-day rules against the shipped State Council notices (data/calendar.csv). */
class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadShippedData() throws IOException {
        Map<LocalDate, SpecialDay> special = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WorkingDayCalendarTest.class.getResourceAsStream("/data/calendar.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] row = line.split(",", 3);
                LocalDate date = LocalDate.parse(row[0]);
                special.put(date, new SpecialDay(DayKind.valueOf(row[1]), row[2]));
                years.add(date.getYear());
            }
        }
        calendar = new WorkingDayCalendar(special, years);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shipsEveryYearFrom2015To2026() {
        for (int year = 2015; year <= 2026; year++) {
            assertThat(calendar.day(LocalDate.of(year, 1, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
        }
    }

    @Test
    void classifiesHolidaysAdjustedWorkingDaysWeekendsAndWorkdays() {
        assertThat(calendar.day(d("2025-10-03")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(d("2025-10-03")).holiday()).contains("国庆节");
        assertThat(calendar.day(d("2025-10-11")).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        assertThat(calendar.day(d("2025-10-11")).workingDay()).isTrue();
        assertThat(calendar.day(d("2025-10-12")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.day(d("2025-10-13")).kind()).isEqualTo(DayKind.WORKDAY);
        // 2026 notice: 春节 2/15–2/23, work on Sat 2/14 and Sat 2/28
        assertThat(calendar.day(d("2026-02-14")).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        assertThat(calendar.day(d("2026-02-23")).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.day(d("2026-02-28")).workingDay()).isTrue();
    }

    @Test
    void filingDeadlineAcrossNationalDaySkipsTheHolidayAndCountsAdjustedDays() {
        // IM eco-civ art. 6: file within 15 working days after promulgation (NEXT_DAY counting)
        DeadlineCalculation c = calendar.deadline(d("2025-09-26"), 15, Counting.NEXT_DAY);
        assertThat(c.date()).isEqualTo(d("2025-10-23"));
        assertThat(c.skippedHolidays()).hasSize(8);
        assertThat(c.countedAdjustedDays())
                .extracting(CalendarDay::date)
                .containsExactly(d("2025-09-28"), d("2025-10-11"));
        assertThat(c.skippedWeekendDays()).isEqualTo(4);
    }

    @Test
    void nextDayCountingDoesNotCountTheDayOfTheAct() {
        assertThat(calendar.deadline(d("2025-03-03"), 1, Counting.NEXT_DAY).date())
                .isEqualTo(d("2025-03-04"));
        // an act on Friday: the next working day is Monday
        assertThat(calendar.deadline(d("2025-03-07"), 1, Counting.NEXT_DAY).date())
                .isEqualTo(d("2025-03-10"));
    }

    @Test
    void sameDayCountingCountsAWorkingStartDayAsDayOne() {
        // publicity of 5 working days published on Fri 2025-09-12 ends on Thu 2025-09-18 (procedures §7.2)
        DeadlineCalculation c = calendar.deadline(d("2025-09-12"), 5, Counting.SAME_DAY);
        assertThat(c.date()).isEqualTo(d("2025-09-18"));
        assertThat(c.firstDayCounted()).isTrue();
    }

    @Test
    void sameDayCountingOnAHolidayStartsOnTheNextWorkingDay() {
        DeadlineCalculation c = calendar.deadline(d("2025-10-01"), 1, Counting.SAME_DAY);
        assertThat(c.date()).isEqualTo(d("2025-10-09"));
        assertThat(c.firstDayCounted()).isFalse();
    }

    @Test
    void springFestival2026WithTwoAdjustedSaturdays() {
        // Fri 2026-02-13 + 3 working days: Sat 2/14 (adjusted), then 2/24, 2/25 after the holiday
        DeadlineCalculation c = calendar.deadline(d("2026-02-13"), 3, Counting.NEXT_DAY);
        assertThat(c.date()).isEqualTo(d("2026-02-25"));
        assertThat(c.countedAdjustedDays()).extracting(CalendarDay::date).containsExactly(d("2026-02-14"));
        assertThat(c.skippedHolidays()).hasSize(9);
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesBothIncluded() {
        assertThat(calendar.workingDaysBetween(d("2025-10-01"), d("2025-10-12")))
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(d("2025-09-01"), d("2025-09-05")))
                .isEqualTo(5);
    }

    @Test
    void refusesADateInAYearWithoutANotice() {
        assertThatThrownBy(() -> calendar.day(d("2027-03-01")))
                .isInstanceOf(CalendarNotPublishedException.class)
                .extracting(e -> ((CalendarNotPublishedException) e).year())
                .isEqualTo(2027);
        assertThatThrownBy(() -> calendar.day(d("2014-06-03"))).isInstanceOf(CalendarNotPublishedException.class);
    }

    @Test
    void refusesAPeriodThatRunsIntoAYearWithoutANotice() {
        assertThatThrownBy(() -> calendar.deadline(d("2026-12-24"), 10, Counting.NEXT_DAY))
                .isInstanceOf(CalendarNotPublishedException.class);
    }

    @Test
    void refusesACountBelowOne() {
        assertThatThrownBy(() -> calendar.deadline(d("2025-03-03"), 0, Counting.NEXT_DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
