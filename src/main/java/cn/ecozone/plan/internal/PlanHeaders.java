package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.ValueMissing;
import cn.ecozone.plan.PlanFacts.ValueOutOfRange;

/** The checks of a plan's header (title and period) when it is created or edited. */
public final class PlanHeaders {

    private PlanHeaders() {}

    /**
     * Refuses a blank title or one over 200 characters, and a period outside 2000–2100 or ending
     * before it starts.
     */
    public static void check(String title, Integer periodStart, Integer periodEnd) {
        if (title == null || title.isBlank()) {
            throw new ValueMissing("title");
        }
        if (title.strip().length() > 200) {
            throw new ValueOutOfRange("title", "error.plan.title-too-long", 200);
        }
        if (periodStart == null || periodStart < 2000 || periodStart > 2100) {
            throw new ValueOutOfRange("periodStart", "error.plan.period-year", 2000, 2100);
        }
        if (periodEnd == null || periodEnd < periodStart || periodEnd > 2100) {
            throw new ValueOutOfRange("periodEnd", "error.plan.period-end", periodStart);
        }
    }
}
