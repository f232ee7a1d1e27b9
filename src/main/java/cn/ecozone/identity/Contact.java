package cn.ecozone.identity;

/**
 * A user as a recipient of notifications.
 *
 * @param email the address, or {@code null} when the user has none
 */
public record Contact(long id, String displayName, String email) {}
