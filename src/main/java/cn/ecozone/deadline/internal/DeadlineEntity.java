package cn.ecozone.deadline.internal;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline of one subject. Open while {@code openMarker} is 1; the reminder and overdue marks
 * are set by conditional updates in {@link Deadlines}, never through this object, so that two job
 * runs cannot both set them.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "deadline")
public class DeadlineEntity {

    /** The value of {@code open_marker} while the deadline is open. */
    static final short OPEN = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private long subjectId;

    private String kind;
    private String title;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "working_days")
    private int workingDays;

    @Enumerated(EnumType.STRING)
    private Counting counting;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "explanation_zh")
    private String explanationZh;

    @Column(name = "explanation_en")
    private String explanationEn;

    private String link;

    @Column(name = "open_marker")
    private Short openMarker;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_late")
    private Boolean closedLate;

    @Version
    private long version;

    protected DeadlineEntity() {}

    public DeadlineEntity(String subjectType, long subjectId, String kind, Instant createdAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.kind = kind;
        this.createdAt = createdAt;
        this.openMarker = OPEN;
    }

    /**
     * Sets what the deadline asks and by when. A new due date clears the reminder and overdue
     * marks, so that the changed deadline is reminded of again.
     */
    public void define(
            String title,
            String regionCode,
            String regionPath,
            Role role,
            LocalDate startDate,
            int workingDays,
            Counting counting,
            LocalDate dueDate,
            String explanationZh,
            String explanationEn,
            String link) {
        if (!dueDate.equals(this.dueDate)) {
            this.remindedAt = null;
            this.overdueAt = null;
        }
        this.title = title;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.role = role;
        this.startDate = startDate;
        this.workingDays = workingDays;
        this.counting = counting;
        this.dueDate = dueDate;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
        this.link = link;
    }

    /**
     * Counted again from its start (a year's calendar replaced, ADR 0014): a new due date clears the
     * reminder and overdue marks, as {@link #define} does.
     */
    public void reschedule(LocalDate dueDate, String explanationZh, String explanationEn) {
        if (!dueDate.equals(this.dueDate)) {
            this.remindedAt = null;
            this.overdueAt = null;
        }
        this.dueDate = dueDate;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    public Counting counting() {
        return counting;
    }

    /** The subject was renamed; what is asked and by when stay as they are. */
    public void retitle(String title) {
        this.title = title;
    }

    /** Marks the deadline done, on time when {@code today} is not after the due date. */
    public void close(Instant now, LocalDate today) {
        this.openMarker = null;
        this.closedAt = now;
        this.closedLate = today.isAfter(dueDate);
    }

    public long id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Role role() {
        return role;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int workingDays() {
        return workingDays;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String explanation(boolean english) {
        return english ? explanationEn : explanationZh;
    }

    public String link() {
        return link;
    }

    public boolean open() {
        return openMarker != null;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean closedLate() {
        return closedLate;
    }
}
