package cn.ecozone.indicator;

import cn.ecozone.shared.PageResult;
import java.util.Map;

/**
 * The overview of an edition and year under a league or province: how many regions stand in each state
 * (whatever the filter) and one page of the regions, filtered.
 */
public record IndicatorOverview(
        String edition,
        int year,
        String parentCode,
        String parentName,
        Map<OverviewRow.OverviewState, Long> counts,
        PageResult<OverviewRow> page) {}
