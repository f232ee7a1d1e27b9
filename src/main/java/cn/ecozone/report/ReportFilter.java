package cn.ecozone.report;

/**
 * What to list; every part is optional.
 *
 * @param regionCode the region and everything below it (inside the reader's scope)
 * @param query part of the subject's name
 */
public record ReportFilter(Integer year, ReportState state, String regionCode, String query) {}
