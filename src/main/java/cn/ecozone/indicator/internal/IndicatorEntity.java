package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One indicator row of an edition; the target and applicability are stored as JSON specs. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_code")
    private String editionCode;

    private String code;
    private int position;
    private Integer number;

    @Column(name = "group_path")
    private String groupPath;

    @Column(name = "name_zh")
    private String nameZh;

    /** The group path in English where the platform has one (shipped editions); null otherwise. */
    @Column(name = "group_path_en")
    private String groupPathEn;

    @Column(name = "name_en")
    private String nameEn;

    private String unit;

    @Column(name = "value_type")
    private String valueType;

    private String binding;

    @Column(name = "definition_zh")
    private String definitionZh;

    private String applies;

    @Column(name = "target_text_zh")
    private String targetTextZh;

    @Column(name = "target_spec")
    private String targetSpec;

    private boolean uncertain;
    private Double weight;
    private String source;

    /** GRADE indicators: the grades, best first, as a JSON array; null for other types. */
    private String grades;

    /** The bounds of a number as the edition states them; both null where it states none (then derived). */
    @Column(name = "range_min")
    private Double rangeMin;

    @Column(name = "range_max")
    private Double rangeMax;

    /**
     * Whether the indicator belongs to the edition's environmental-quality dimension (a group of the
     * edition file marked {@code environmental_quality}, or the editor's input).
     */
    @Column(name = "environmental_quality")
    private boolean environmentalQuality;

    protected IndicatorEntity() {}

    /** An indicator, of the environmental-quality dimension when {@code environmentalQuality}. */
    public IndicatorEntity(
            String editionCode,
            int position,
            cn.ecozone.indicator.edition.IndicatorDefinition d,
            String groupPath,
            String appliesJson,
            String targetJson,
            String gradesJson,
            boolean environmentalQuality) {
        this.editionCode = editionCode;
        this.code = d.code();
        this.position = position;
        redefine(d, groupPath, appliesJson, targetJson, gradesJson, environmentalQuality);
    }

    /**
     * Replaces the definition, keeping the code and position; only for an indicator of a draft edition
     * (the caller checks). {@code environmentalQuality} null keeps the stored mark.
     */
    public void redefine(
            cn.ecozone.indicator.edition.IndicatorDefinition d,
            String groupPath,
            String appliesJson,
            String targetJson,
            String gradesJson,
            Boolean environmentalQuality) {
        if (environmentalQuality != null) {
            this.environmentalQuality = environmentalQuality;
        }
        this.number = d.number();
        this.groupPath = groupPath;
        this.nameZh = d.nameZh();
        this.nameEn = d.nameEn();
        this.unit = d.unit();
        this.valueType = d.valueType().name();
        this.binding = d.binding().name();
        this.definitionZh = d.definitionZh();
        this.applies = appliesJson;
        this.targetTextZh = d.targetTextZh();
        this.targetSpec = targetJson;
        this.uncertain = d.uncertain();
        this.weight = d.weight();
        this.source = d.source();
        this.grades = gradesJson;
        this.rangeMin = d.range() == null ? null : d.range().min();
        this.rangeMax = d.range() == null ? null : d.range().max();
    }

    /** The range the edition states, or null where it states none. */
    public cn.ecozone.indicator.edition.ValueRange statedRange() {
        return rangeMin == null || rangeMax == null
                ? null
                : new cn.ecozone.indicator.edition.ValueRange(rangeMin, rangeMax);
    }

    /** The range a number must lie in: the stated one, else derived from the value type and unit. */
    public cn.ecozone.indicator.edition.ValueRange range() {
        return cn.ecozone.indicator.edition.ValueRange.of(
                statedRange(), cn.ecozone.indicator.ValueType.valueOf(valueType), unit);
    }

    public String editionCode() {
        return editionCode;
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public Integer number() {
        return number;
    }

    public String groupPath() {
        return groupPath;
    }

    public String groupPathEn() {
        return groupPathEn;
    }

    /**
     * Names the group path in English (a translation of ours, not part of the edition's text, so a
     * published edition may get it). Only while unnamed, and only for the path the indicator is under:
     * {@code groupPathZh} must be the stored Chinese path, else nothing changes.
     *
     * @return whether the English path was set
     */
    public boolean nameGroupInEnglish(String groupPathZh, String groupPathEn) {
        if (this.groupPathEn != null || groupPathEn == null || !groupPathZh.equals(this.groupPath)) {
            return false;
        }
        this.groupPathEn = groupPathEn;
        return true;
    }

    /** Whether the indicator belongs to the edition's environmental-quality dimension. */
    public boolean environmentalQuality() {
        return environmentalQuality;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    public String valueType() {
        return valueType;
    }

    public String binding() {
        return binding;
    }

    public String definitionZh() {
        return definitionZh;
    }

    public String applies() {
        return applies;
    }

    public String targetTextZh() {
        return targetTextZh;
    }

    public String targetSpec() {
        return targetSpec;
    }

    public boolean uncertain() {
        return uncertain;
    }

    public Double weight() {
        return weight;
    }

    public String source() {
        return source;
    }

    public String grades() {
        return grades;
    }

    public Long id() {
        return id;
    }
}
