package cn.ecozone.title;

import cn.ecozone.regulation.Programme;

/**
 * Filters of the title lists, each optional.
 *
 * @param regionCode titles of subjects in this region or below it (a province, a league or city)
 * @param year the calendar year of the naming
 * @param query part of the subject's name
 */
public record TitleFilter(String regionCode, Programme programme, Integer year, String query) {}
