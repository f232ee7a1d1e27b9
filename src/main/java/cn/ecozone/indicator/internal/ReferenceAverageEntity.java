package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A provincial average of one indicator and year, as the province published it. */
@Entity
@Table(name = "indicator_reference_average")
public class ReferenceAverageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "data_year")
    private int year;

    private double average;
    private String source;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    @Version
    private long version;

    protected ReferenceAverageEntity() {}

    public ReferenceAverageEntity(String editionCode, String indicatorCode, String regionCode, int year) {
        this.editionCode = editionCode;
        this.indicatorCode = indicatorCode;
        this.regionCode = regionCode;
        this.year = year;
    }

    public void publish(double average, String source, String by, Instant at) {
        this.average = average;
        this.source = source;
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public int year() {
        return year;
    }

    public double average() {
        return average;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }
}
