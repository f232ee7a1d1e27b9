package cn.ecozone.identity;

import cn.ecozone.shared.Role;

/**
 * What the administrator replacement list is narrowed to (issue 14 §6); every part optional.
 *
 * @param state {@code PROPOSED}, {@code APPROVED} or {@code DECLINED}
 * @param targetRole the role of the account replaced
 * @param q the replaced account's username, the successor's username or name, the proposer or the
 *     reason contains it (case-insensitive, {@code %} and {@code _} literal)
 * @param sort a key of the list's whitelist (proposed, state, role, successor, decided), {@code -}
 *     before it for descending; null: the newest proposal first
 */
public record AdminReplacementFilter(String state, Role targetRole, String q, String sort) {

    /** Every proposal, the newest first. */
    public static AdminReplacementFilter all() {
        return new AdminReplacementFilter(null, null, null, null);
    }
}
