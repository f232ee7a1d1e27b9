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

    /** Not the State Council's notice but the statutory dates alone, until the notice is entered (V43). */
    private boolean provisional;

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

    /** Replaces the year's notice; a provisional year becomes a published one. */
    public void republish(String source, Instant updatedAt) {
        this.source = source;
        this.updatedAt = updatedAt;
        this.provisional = false;
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

    public boolean provisional() {
        return provisional;
    }

    public long version() {
        return version;
    }
}
