package cn.ecozone.calendar.internal;

import cn.ecozone.calendar.DayKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday or adjusted working day, belonging to the notice of {@code noticeYear}. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntity {

    @Id
    @Column(name = "cal_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    private String holiday;

    @Column(name = "notice_year")
    private int noticeYear;

    protected CalendarDayEntity() {}

    public CalendarDayEntity(LocalDate day, DayKind kind, String holiday, int noticeYear) {
        this.day = day;
        this.kind = kind;
        this.holiday = holiday;
        this.noticeYear = noticeYear;
    }

    public LocalDate day() {
        return day;
    }

    public DayKind kind() {
        return kind;
    }

    public String holiday() {
        return holiday;
    }

    public int noticeYear() {
        return noticeYear;
    }
}
