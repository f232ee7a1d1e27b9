package cn.ecozone.identity;

import cn.ecozone.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposal to replace an administrator account, as the administrators see it (never the password).
 *
 * @param approverRole the role that approves: neither the replaced one nor the proposer's
 * @param state {@code PROPOSED}, {@code APPROVED} or {@code DECLINED}
 * @param decisionReason why it was approved (optional) or declined (required); {@code null} while open
 */
public record AdminReplacement(
        long id,
        long targetUserId,
        @Nullable String targetUsername,
        Role targetRole,
        String newUsername,
        String newDisplayName,
        String reason,

        @Schema(allowableValues = {"PROPOSED", "APPROVED", "DECLINED"})
        String state,

        String proposedBy,
        Role proposedByRole,
        Instant proposedAt,
        Role approverRole,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        long version) {

    /** An administrator account that the caller may propose to replace (no business data). */
    public record Candidate(long id, String username, String displayName, Role role, boolean enabled) {}
}
