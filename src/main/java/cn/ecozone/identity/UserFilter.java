package cn.ecozone.identity;

import cn.ecozone.shared.Role;

/**
 * What the user list is narrowed to; every field is optional (null: any).
 *
 * @param query part of the username or the display name, case-insensitive
 * @param enabled true: enabled accounts only; false: disabled ones only
 * @param regionCode the accounts of organizations in this region or below it (a node of the 机构树)
 * @param organizationId the accounts of this organization and of every organization below it, at any depth
 */
public record UserFilter(String query, Role role, Boolean enabled, String regionCode, Long organizationId) {

    /** No narrowing but the text. */
    public static UserFilter text(String query) {
        return new UserFilter(query, null, null, null, null);
    }
}
