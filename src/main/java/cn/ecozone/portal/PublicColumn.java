package cn.ecozone.portal;

import cn.ecozone.plan.PublicPlan;
import java.util.List;

/** A subject's public column for one programme: its promulgated plans and the items it published. */
public record PublicColumn(
        String regionCode, String regionName, String programme, List<PublicPlan> plans, List<ColumnItem> items) {}
