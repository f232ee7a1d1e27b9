package cn.ecozone.identity;

import cn.ecozone.region.LevelName;
import cn.ecozone.shared.Role;
import java.time.Instant;
import java.util.List;

/**
 * A user account as administrators see it; never carries the password hash. {@code vocabulary} is
 * what the province of the account's region calls its levels and their governments (empty: the
 * general words), so that the account's role reads in its own jurisdiction's words (issue 14 §6).
 */
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
        long version,
        List<LevelName> vocabulary) {

    /** A reference to a related record by its identifier and name. */
    public record Ref(String id, String name) {}
}
