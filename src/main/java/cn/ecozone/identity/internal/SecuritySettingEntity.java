package cn.ecozone.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of security settings (id 1), seeded by migration V18 and changed by the security admin. */
@Entity
@Table(name = "security_setting")
public class SecuritySettingEntity {

    @Id
    private int id;

    @Column(name = "max_failures")
    private int maxFailures;

    @Column(name = "lockout_minutes")
    private int lockoutMinutes;

    @Column(name = "address_max_failures")
    private int addressMaxFailures;

    @Column(name = "session_lifetime_minutes")
    private int sessionLifetimeMinutes;

    @Version
    private long version;

    protected SecuritySettingEntity() {}

    /** Preconditions: each value lies in its range (checked by the façade and the table). */
    public void change(int maxFailures, int lockoutMinutes, int addressMaxFailures, int sessionLifetimeMinutes) {
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockoutMinutes;
        this.addressMaxFailures = addressMaxFailures;
        this.sessionLifetimeMinutes = sessionLifetimeMinutes;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public int lockoutMinutes() {
        return lockoutMinutes;
    }

    public int addressMaxFailures() {
        return addressMaxFailures;
    }

    public int sessionLifetimeMinutes() {
        return sessionLifetimeMinutes;
    }

    public long version() {
        return version;
    }
}
