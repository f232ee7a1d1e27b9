package cn.ecozone.supervision;

import cn.ecozone.regulation.TitleRules.CheckKind;

/**
 * What to list; every part optional.
 *
 * @param regionCode the region and everything below it
 * @param state {@code OPEN} or {@code CONCLUDED}
 * @param query part of the subject's name
 */
public record CheckFilter(CheckKind kind, String state, String regionCode, String query) {}
