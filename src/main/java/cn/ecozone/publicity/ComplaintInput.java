package cn.ecozone.publicity;

/**
 * A complaint as the public files it.
 *
 * @param dossierId the listed candidacy it is about
 * @param name the complainant's name; blank for an anonymous complaint
 * @param contact how to reach the complainant; optional
 */
public record ComplaintInput(long dossierId, String name, String contact, String text) {}
