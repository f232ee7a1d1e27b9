package cn.ecozone.portal;

import cn.ecozone.plan.PublicPlan;
import cn.ecozone.shared.PageResult;
import java.util.List;

/**
 * A subject's public column for one programme: its promulgated plans (one per revision) and a page of
 * the items it published, newest first, in their public shape ({@link PublicColumnItem}).
 */
public record PublicColumn(
        String regionCode,
        String regionName,
        String programme,
        List<PublicPlan> plans,
        PageResult<PublicColumnItem> items) {}
