package cn.ecozone.project.internal;

import cn.ecozone.project.KeyProjectInput;
import cn.ecozone.project.KeyProjectStatus;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.AuditedChange.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key project of a subject's library. Its region and programme are fixed at creation; {@link #update}
 * changes the other fields and answers what changed (old → new), which the caller keeps as history.
 * Input is checked by {@code KeyProjectChecks} before it gets here.
 */
@Entity
@Table(name = "key_project")
public class KeyProjectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    private String name;
    private String content;
    private String investor;
    private BigDecimal investment;

    @Column(name = "expected_benefits")
    private String expectedBenefits;

    @Column(name = "transformation_mode")
    private String transformationMode;

    @Enumerated(EnumType.STRING)
    private KeyProjectStatus status;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "plan_entry")
    private String planEntry;

    @Column(name = "plan_title")
    private String planTitle;

    @Version
    private long version;

    protected KeyProjectEntity() {}

    public KeyProjectEntity(String regionCode, String regionPath, KeyProjectInput in, String createdBy, Instant now) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = in.programme();
        this.createdBy = createdBy;
        this.createdAt = now;
        update(in, now);
    }

    /**
     * A new project taken from a row of a plan's content (issue 14 §8), linked to the plan and the row's
     * key. Precondition: {@code in} checked by {@code KeyProjectChecks.clean}.
     */
    public static KeyProjectEntity fromPlan(
            String regionCode,
            String regionPath,
            KeyProjectInput in,
            String createdBy,
            Instant now,
            long planId,
            String entry,
            String planTitle) {
        KeyProjectEntity p = new KeyProjectEntity(regionCode, regionPath, in, createdBy, now);
        p.planId = planId;
        p.planEntry = entry;
        p.planTitle = planTitle;
        return p;
    }

    /**
     * Takes the name, investment and content of its plan row again (the plan is their source; the
     * library's own fields stay) and the plan's current title; returns the fields that changed.
     */
    public List<FieldChange> takeFromPlan(
            String name, BigDecimal investment, String content, String title, Instant now) {
        planTitle = title;
        return update(
                new KeyProjectInput(
                        regionCode,
                        programme,
                        name,
                        content,
                        investor,
                        investment,
                        expectedBenefits,
                        transformationMode,
                        status,
                        startYear,
                        endYear),
                now);
    }

    /**
     * The row was removed from the plan's content: the record stays in the library (an annual work
     * plan may name it) and keeps the plan as its origin, but no row of the plan updates it any more.
     */
    public List<FieldChange> leavePlan(Instant now) {
        List<FieldChange> changes = List.of(new FieldChange("plan", planTitle, null));
        planEntry = null;
        updatedAt = now;
        return changes;
    }

    /** The fields of a new project as changes from nothing, for the audit record of its creation. */
    public static List<FieldChange> asCreated(KeyProjectInput in, Instant now) {
        return new KeyProjectEntity().update(in, now);
    }

    /** Takes the editable fields of {@code in}; returns the fields that changed, old → new. */
    public List<FieldChange> update(KeyProjectInput in, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "name", name, in.name());
        FieldChange.addIfChanged(changes, "content", content, in.content());
        FieldChange.addIfChanged(changes, "investor", investor, in.investor());
        FieldChange.addIfChanged(changes, "investment", plain(investment), plain(in.investment()));
        FieldChange.addIfChanged(changes, "expectedBenefits", expectedBenefits, in.expectedBenefits());
        FieldChange.addIfChanged(changes, "transformationMode", transformationMode, in.transformationMode());
        FieldChange.addIfChanged(changes, "status", text(status), text(in.status()));
        FieldChange.addIfChanged(changes, "startYear", text(startYear), text(in.startYear()));
        FieldChange.addIfChanged(changes, "endYear", text(endYear), text(in.endYear()));
        name = in.name();
        content = in.content();
        investor = in.investor();
        investment = in.investment();
        expectedBenefits = in.expectedBenefits();
        transformationMode = in.transformationMode();
        status = in.status();
        startYear = in.startYear();
        endYear = in.endYear();
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static String text(Object o) {
        return o == null ? null : Objects.toString(o);
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Programme programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }

    public String investor() {
        return investor;
    }

    public BigDecimal investment() {
        return investment;
    }

    public String expectedBenefits() {
        return expectedBenefits;
    }

    public String transformationMode() {
        return transformationMode;
    }

    public KeyProjectStatus status() {
        return status;
    }

    public Integer startYear() {
        return startYear;
    }

    public Integer endYear() {
        return endYear;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The plan this project was taken from, or null for one entered in the library. */
    public Long planId() {
        return planId;
    }

    /** The key of the plan's row that updates it, or null (entered in the library, or removed from the plan). */
    public String planEntry() {
        return planEntry;
    }

    public String planTitle() {
        return planTitle;
    }

    public long version() {
        return version;
    }
}
