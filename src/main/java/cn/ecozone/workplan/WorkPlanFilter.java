package cn.ecozone.workplan;

import cn.ecozone.regulation.Programme;

/**
 * What to list; every part is optional.
 *
 * @param regionCode the region and everything below it (inside the actor's scope)
 */
public record WorkPlanFilter(String regionCode, Programme programme, Integer year, WorkPlanState state) {}
