package cn.ecozone.identity;

import cn.ecozone.shared.Role;
import java.time.Instant;

/** A user account as administrators see it; never carries the password hash. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        Role role,
        Ref organization,
        Ref region,
        boolean enabled,
        boolean locked,
        Instant lockedUntil,
        boolean mustChangePassword,
        Instant lastLoginAt,
        long version) {

    /** A reference to a related record by its identifier and name. */
    public record Ref(String id, String name) {}
}
