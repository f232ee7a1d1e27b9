package cn.ecozone.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A province's investigation deadline in working days (the seeds set none). */
@Entity
@Table(name = "publicity_setting")
public class SettingEntity {

    @Id
    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "complaint_working_days")
    private int complaintWorkingDays;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Version
    private long version;

    protected SettingEntity() {}

    public SettingEntity(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    /** Sets the deadline. Precondition: 1 to 60 working days (the façade checks). */
    public SettingEntity set(int workingDays, String by, Instant now) {
        this.complaintWorkingDays = workingDays;
        this.setBy = by;
        this.setAt = now;
        return this;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public int complaintWorkingDays() {
        return complaintWorkingDays;
    }

    public String setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }

    public long version() {
        return version;
    }
}
