package cn.ecozone.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A province's delay for a check (Guizhou art. 22 适时): calendar days after the 满N年 day. */
@Entity
@Table(name = "supervision_setting")
public class CheckSettingEntity {

    /** Province and check code. */
    @Embeddable
    public record Key(
            @Column(name = "province_code") String provinceCode,
            @Column(name = "check_code") String checkCode) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "delay_days")
    private int delayDays;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CheckSettingEntity() {}

    public CheckSettingEntity(Key key) {
        this.key = key;
    }

    /** Sets the delay. Precondition: 0 to 365 days (checked by the caller). */
    public CheckSettingEntity delay(int days, String by, Instant now) {
        this.delayDays = days;
        this.updatedBy = by;
        this.updatedAt = now;
        return this;
    }

    public Key key() {
        return key;
    }

    public int delayDays() {
        return delayDays;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
