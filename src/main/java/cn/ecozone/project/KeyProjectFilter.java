package cn.ecozone.project;

import cn.ecozone.regulation.Programme;

/**
 * What to list; every part is optional.
 *
 * @param regionCode the region and everything below it (inside the actor's scope)
 * @param year projects running in that year (start year ≤ year ≤ end year; open ends count)
 * @param query part of the name, investor or transformation mode
 */
public record KeyProjectFilter(
        String regionCode, Programme programme, KeyProjectStatus status, Integer year, String query) {}
