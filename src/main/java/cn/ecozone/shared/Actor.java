package cn.ecozone.shared;

import java.io.Serializable;

/**
 * The authenticated user acting in the current request, as the other modules see it.
 *
 * @param regionPath the materialized path of the user's region, e.g. {@code /150000/152500/}
 */
public record Actor(
        long userId,
        String username,
        String displayName,
        Role role,
        long organizationId,
        String organizationName,
        String regionCode,
        String regionPath,
        boolean mustChangePassword)
        implements Serializable {

    /** The request attribute under which the identity module leaves the actor for auditing. */
    public static final String REQUEST_ATTRIBUTE = Actor.class.getName();

    /** The records this actor may see and act on. */
    public DataScope scope() {
        return DataScope.of(this);
    }

    public Actor withPasswordChanged() {
        return new Actor(
                userId, username, displayName, role, organizationId, organizationName, regionCode, regionPath, false);
    }
}
