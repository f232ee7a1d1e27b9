package cn.ecozone.title;

/**
 * What the round overview is narrowed to; every part optional.
 *
 * @param stepCode dossiers waiting at this step
 * @param regionCode dossiers of subjects in this region or below it
 * @param overdueOnly only dossiers whose waiting step is past its deadline
 * @param query part of the subject's name
 */
public record RoundOverviewFilter(String stepCode, String regionCode, boolean overdueOnly, String query) {}
