package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.Evidence;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A proposal's evidence as stored: one row of {@code enforcement_evidence}. */
@Embeddable
public class EvidenceRow {

    private String source;

    @Column(name = "record_id")
    private Long recordId;

    private String kind;

    private String summary;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "series_year")
    private Integer year;

    @Column(name = "series_value")
    private BigDecimal value;

    protected EvidenceRow() {}

    EvidenceRow(Evidence e) {
        this.source = e.source();
        this.recordId = e.recordId();
        this.kind = e.kind();
        this.summary = e.summary() == null ? null : clip(e.summary(), 1000);
        this.occurredOn = e.occurredOn();
        this.year = e.year();
        this.value = e.value();
    }

    Evidence view() {
        return new Evidence(source, recordId, kind, summary, occurredOn, year, value);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
