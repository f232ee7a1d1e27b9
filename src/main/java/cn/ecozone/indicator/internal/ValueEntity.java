package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One value: a region (or a construction unit of it), an indicator of an edition, a year. Changes
 * are kept in the history table.
 */
@Entity
@Table(name = "indicator_value")
public class ValueEntity implements HeldValue {

    /** From a sequence stepping by 50, handed out by Hibernate's pooled optimizer (ADR 0015, V49). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq", allocationSize = 50)
    private Long id;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "data_year")
    private int year;

    @Column(name = "number_value")
    private Double numberValue;

    @Column(name = "flag_value")
    private Boolean flagValue;

    /** GRADE indicators: the grade, one of the indicator's grades. */
    @Column(name = "grade_value")
    private String gradeValue;

    private String parts;
    private String source;
    private String note;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    /** The name of the organization that entered the value (issue 14 §2; null before V107). */
    @Column(name = "entered_by_org")
    private String enteredByOrg;

    /** Generated demo data (demo profile only), shown as 演示数据 in the UI. */
    private boolean synthetic;

    @Version
    private long version;

    protected ValueEntity() {}

    public ValueEntity(String editionCode, String indicatorCode, String regionCode, String regionPath, int year) {
        this(editionCode, indicatorCode, ValueOwner.REGION_ITSELF, regionCode, regionPath, year);
    }

    /** A new value of a construction unit ({@code unitId}) of the region, or of the region itself (0). */
    public ValueEntity(
            String editionCode, String indicatorCode, long unitId, String regionCode, String regionPath, int year) {
        this.editionCode = editionCode;
        this.indicatorCode = indicatorCode;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.unitId = unitId;
        this.year = year;
    }

    /**
     * Sets the value, entered by the user {@code by} of the organization {@code byOrg}; the caller has
     * checked type, range and that the year is editable.
     */
    public void enter(
            Double number,
            Boolean flag,
            String partsJson,
            String source,
            String note,
            String by,
            String byOrg,
            Instant at) {
        this.numberValue = number;
        this.flagValue = flag;
        this.gradeValue = null;
        this.parts = partsJson;
        this.source = source;
        this.note = note;
        this.enteredBy = by;
        this.enteredByOrg = byOrg;
        this.enteredAt = at;
    }

    /** Sets a GRADE indicator's grade; the caller has checked it is one of the indicator's grades. */
    public void enterGrade(String grade, String source, String note, String by, String byOrg, Instant at) {
        enter(null, null, null, source, note, by, byOrg, at);
        this.gradeValue = grade;
    }

    public String gradeValue() {
        return gradeValue;
    }

    /** The value as text for the history, e.g. {@code 62.5}, {@code true}, {@code 良} or the parts JSON. */
    public String display() {
        if (gradeValue != null) {
            return gradeValue;
        }
        if (parts != null) {
            return parts;
        }
        if (flagValue != null) {
            return flagValue.toString();
        }
        return numberValue == null
                ? null
                : java.math.BigDecimal.valueOf(numberValue).stripTrailingZeros().toPlainString();
    }

    /**
     * Gives a new value the id {@link ValueRows} writes it with by JDBC instead of {@code persist}: one
     * taken from the entity's own pooled sequence, so that entities and rows never collide (ADR 0022).
     *
     * @throws IllegalStateException when the value has an id already (it is held)
     */
    void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException("value " + this.id + " is held already");
        }
        this.id = id;
    }

    /** Marks the value as generated demo data. */
    public void markSynthetic() {
        this.synthetic = true;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public long id() {
        return id;
    }

    public String editionCode() {
        return editionCode;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    /** The construction unit's id, or {@link ValueOwner#REGION_ITSELF}. */
    public long unitId() {
        return unitId;
    }

    public int year() {
        return year;
    }

    public Double numberValue() {
        return numberValue;
    }

    public Boolean flagValue() {
        return flagValue;
    }

    public String parts() {
        return parts;
    }

    public String source() {
        return source;
    }

    public String note() {
        return note;
    }

    /** The entering organization's name, or null for a value entered before V107. */
    public String enteredByOrg() {
        return enteredByOrg;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public long version() {
        return version;
    }
}
