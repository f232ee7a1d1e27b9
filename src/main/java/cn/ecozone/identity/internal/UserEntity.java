package cn.ecozone.identity.internal;

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
import java.time.Duration;
import java.time.Instant;

/**
 * A user account with its login state. The lockout rule lives here: {@link #recordFailure} locks
 * the account once the failures reach the limit.
 */
@Entity
@Table(name = "user_account")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "organization_id")
    private long organizationId;

    private boolean enabled;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Optional; notifications are mailed to it when SMTP is configured. */
    private String email;

    @Version
    private long version;

    protected UserEntity() {}

    public UserEntity(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            long organizationId,
            boolean mustChangePassword,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organizationId = organizationId;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login and locks the account when the failures reach {@code maxFailures}. */
    public void recordFailure(Instant now, int maxFailures, Duration lockout) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockout);
        }
    }

    public void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Sets a new password hash; {@code mustChange} forces another change at the next login. */
    public void changePassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    /** Sets the address deadline reminders are mailed to; null clears it. */
    public void changeEmail(String email) {
        this.email = email;
    }

    public void change(String displayName, Role role, long organizationId, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.organizationId = organizationId;
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public long organizationId() {
        return organizationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }

    public String email() {
        return email;
    }
}
