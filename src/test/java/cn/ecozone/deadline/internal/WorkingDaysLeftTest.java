package cn.ecozone.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.DayKind;
import cn.ecozone.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysLeftTest {

    // 2026: 国庆 10/1–10/7, 调休上班 Sat 10/10 (国务院办公厅 2025-11-04, procedures §7.1)
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            Map.of(
                    LocalDate.parse("2026-10-01"), new WorkingDayCalendar.SpecialDay(DayKind.HOLIDAY, "国庆节"),
                    LocalDate.parse("2026-10-02"), new WorkingDayCalendar.SpecialDay(DayKind.HOLIDAY, "国庆节"),
                    LocalDate.parse("2026-10-05"), new WorkingDayCalendar.SpecialDay(DayKind.HOLIDAY, "国庆节"),
                    LocalDate.parse("2026-10-06"), new WorkingDayCalendar.SpecialDay(DayKind.HOLIDAY, "国庆节"),
                    LocalDate.parse("2026-10-07"), new WorkingDayCalendar.SpecialDay(DayKind.HOLIDAY, "国庆节"),
                    LocalDate.parse("2026-10-10"),
                            new WorkingDayCalendar.SpecialDay(DayKind.ADJUSTED_WORKING_DAY, "国庆节")),
            Set.of(2026));

    private int left(String today, String due) {
        return WorkingDaysLeft.between(calendar, LocalDate.parse(today), LocalDate.parse(due));
    }

    @Test
    void countsTheWorkingDaysAfterTodayUpToTheDueDate() {
        assertThat(left("2026-11-23", "2026-11-25")).isEqualTo(2);
        assertThat(left("2026-11-25", "2026-11-25")).as("due today").isZero();
        // Wed 9/30 → Fri 10/9: only Thu 10/8 and Fri 10/9 are working days
        assertThat(left("2026-09-30", "2026-10-09")).isEqualTo(2);
        // Fri 10/9 → Mon 10/12: the adjusted Saturday 10/10 counts
        assertThat(left("2026-10-09", "2026-10-12")).isEqualTo(2);
    }

    @Test
    void anOverdueDeadlineCountsNegativeAndAtLeastOne() {
        assertThat(left("2026-11-25", "2026-11-24")).isEqualTo(-1);
        assertThat(left("2026-11-28", "2026-11-27"))
                .as("Saturday after a Friday due date")
                .isEqualTo(-1);
        assertThat(left("2026-12-01", "2026-11-27")).isEqualTo(-2);
    }

    @Test
    void aYearWithoutNoticeCountsMondayToFriday() {
        assertThat(left("2026-12-31", "2027-01-04")).isEqualTo(2);
    }
}
