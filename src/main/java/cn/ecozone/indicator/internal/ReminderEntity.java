package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A 催报 reminder sent to a region about one edition and year on one day (at most one a day: the table's
 * unique key). Written only by {@link Reminders#insertIfAbsent}; read for the overview's "reminded today".
 */
@Entity
@Table(name = "indicator_reminder")
public class ReminderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "data_year")
    private int year;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "reminded_by")
    private long remindedBy;

    @Column(name = "reminded_by_name")
    private String remindedByName;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected ReminderEntity() {}

    public String regionCode() {
        return regionCode;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public String remindedByName() {
        return remindedByName;
    }
}
