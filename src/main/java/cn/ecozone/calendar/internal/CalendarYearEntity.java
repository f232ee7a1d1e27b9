package cn.ecozone.calendar.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year whose holiday notice is held: working days may be counted in it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYearEntity {

    @Id
    @jakarta.persistence.Column(name = "cal_year")
    private int year;

    private String source;

    private boolean shipped;

    @jakarta.persistence.Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CalendarYearEntity() {}

    public CalendarYearEntity(int year, String source, Instant updatedAt) {
        this.year = year;
        this.source = source;
        this.shipped = false;
        this.updatedAt = updatedAt;
    }

    public void republish(String source, Instant updatedAt) {
        this.source = source;
        this.updatedAt = updatedAt;
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public boolean shipped() {
        return shipped;
    }

    public long version() {
        return version;
    }
}
