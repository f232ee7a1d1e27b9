package cn.ecozone.workplan.internal;

import cn.ecozone.plan.PlanManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import cn.ecozone.workplan.WorkPlanView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Builds the views of annual work plans for one request (region names looked up once). */
public class WorkPlanViews {

    private final RegionManagement regions;
    private final PlanManagement plans;
    private final Map<String, Region> known = new HashMap<>();

    /** @param plans to show the title of the plan implemented; null to leave it out (lists) */
    public WorkPlanViews(RegionManagement regions, PlanManagement plans) {
        this.regions = regions;
        this.plans = plans;
    }

    public WorkPlanView of(WorkPlanEntity w, Actor actor) {
        boolean subject = w.isSubject(actor);
        boolean receiver = w.isReceiver(actor);
        boolean editable = subject && (w.state() == WorkPlanState.DRAFT || w.state() == WorkPlanState.RETURNED);
        boolean filed = w.state() == WorkPlanState.FILED;
        return new WorkPlanView(
                w.id(),
                w.regionCode(),
                region(w.regionCode()).name(),
                w.programme(),
                w.year(),
                w.planId(),
                planTitle(w, actor),
                w.regulationCode(),
                w.regulationVersion(),
                w.receiverBody(),
                w.receiverRole() == null ? null : w.receiverRole().name(),
                w.receiverRegionCode(),
                w.receiverRegionCode() == null
                        ? null
                        : region(w.receiverRegionCode()).name(),
                w.article(),
                w.title(),
                w.summary(),
                w.tasks(),
                w.projects(),
                w.funds(),
                w.funds().stream().map(WorkPlanRows.Fund::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                w.documentId(),
                w.documentName(),
                w.state(),
                w.returnReason(),
                w.filedAt(),
                w.receivedAt(),
                w.updatedAt(),
                w.version(),
                editable,
                editable && w.documentId() != null,
                subject && filed,
                receiver && filed,
                receiver && filed,
                w.timeline());
    }

    private Region region(String code) {
        return known.computeIfAbsent(code, regions::require);
    }

    private String planTitle(WorkPlanEntity w, Actor actor) {
        if (plans == null || w.planId() == null) {
            return null;
        }
        try {
            return plans.view(w.planId(), actor).title();
        } catch (ApiException e) {
            return null;
        }
    }
}
