package cn.ecozone.identity.internal;

import cn.ecozone.shared.ApiException;
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

/**
 * A user account with its login state. Failed logins are counted by {@link LoginThrottle} per client
 * address and per account and address; the account itself is locked only by the security admin
 * ({@link #lock}). Every change that must end the account's sessions raises {@link #sessionStamp()}.
 */
@Entity
@Table(name = "user_account")
public class UserEntity {

    /** A lock by the security admin lasts until it is lifted. */
    static final Instant LOCKED_UNTIL_UNLOCKED = Instant.parse("9999-12-31T00:00:00Z");

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

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /**
     * Raised by every change that ends the account's sessions (disable, lock, role or organization,
     * password); a session holding an older stamp ends at its next request ({@link AccountSessions}).
     */
    @Column(name = "session_stamp")
    private long sessionStamp;

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

    /** The security admin locks the account until it is unlocked; its sessions end. */
    public void lock() {
        lockedUntil = LOCKED_UNTIL_UNLOCKED;
        endSessions();
    }

    /** Ends every session of the account at its next request. */
    public void endSessions() {
        sessionStamp++;
    }

    public void recordSuccess(Instant now) {
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        lockedUntil = null;
    }

    /**
     * Sets a new password hash; {@code mustChange} forces another change at the next login. Every
     * session of the account ends (the caller re-stamps its own session after an own change).
     */
    public void changePassword(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        endSessions();
    }

    /** Sets the address deadline reminders are mailed to; null clears it. */
    public void changeEmail(String email) {
        this.email = email;
    }

    /**
     * Changes the account; a new role, organization or a disabling ends its sessions, so that the
     * change takes effect at the next login.
     */
    public void change(String displayName, Role role, long organizationId, boolean enabled) {
        if (role != this.role || organizationId != this.organizationId || (this.enabled && !enabled)) {
            endSessions();
        }
        this.displayName = displayName;
        this.role = role;
        this.organizationId = organizationId;
        this.enabled = enabled;
    }

    /**
     * Disables the account: it can no longer log in and its sessions end at their next request.
     * Precondition: the caller has refused administrator accounts (三员分立).
     *
     * @throws ApiException 409 when it is already disabled
     */
    public UserEntity disable() {
        if (!enabled) {
            throw ApiException.conflict("error.user.already-disabled", username);
        }
        enabled = false;
        endSessions();
        return this;
    }

    /**
     * Enables a disabled account again; its user logs in with the password it had.
     *
     * @throws ApiException 409 when it is already enabled
     */
    public UserEntity enable() {
        if (enabled) {
            throw ApiException.conflict("error.user.already-enabled", username);
        }
        enabled = true;
        return this;
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

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long sessionStamp() {
        return sessionStamp;
    }

    public long version() {
        return version;
    }

    public String email() {
        return email;
    }
}
