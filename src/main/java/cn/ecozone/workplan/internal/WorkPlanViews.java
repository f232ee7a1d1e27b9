package cn.ecozone.workplan.internal;

import cn.ecozone.plan.PlanManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.workplan.WorkPlanRows;
import cn.ecozone.workplan.WorkPlanState;
import cn.ecozone.workplan.WorkPlanView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

    /** The plan with its run, when {@code run} is given (one plan), else without (lists). */
    public WorkPlanView of(WorkPlanEntity w, RunView run, Actor actor) {
        Receiver receiver = w.receiver();
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
                receiver == null ? null : receiver.body(),
                receiver == null ? null : receiver.role().name(),
                receiver == null ? null : receiver.regionCode(),
                receiver == null ? null : region(receiver.regionCode()).name(),
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
                w.state() == WorkPlanState.RETURNED ? last(run, "RETURN", null, EntryView::opinion) : null,
                w.state() == WorkPlanState.FILED || w.state() == WorkPlanState.RECEIVED
                        ? last(run, "ACT", WorkPlanPath.FILE, EntryView::at)
                        : null,
                w.state() == WorkPlanState.RECEIVED ? last(run, "ACT", null, EntryView::at) : null,
                w.updatedAt(),
                w.version(),
                run);
    }

    /** The list's items of a page of plans: the regions' names (subjects and receivers) in one statement. */
    public List<cn.ecozone.workplan.WorkPlanSummary> summaries(List<WorkPlanEntity> page) {
        Set<String> codes = new HashSet<>();
        page.forEach(w -> {
            codes.add(w.regionCode());
            if (w.receiver() != null) {
                codes.add(w.receiver().regionCode());
            }
        });
        Map<String, String> names = regions.names(codes);
        return page.stream()
                .map(w -> {
                    Receiver receiver = w.receiver();
                    return new cn.ecozone.workplan.WorkPlanSummary(
                            w.id(),
                            w.regionCode(),
                            names.get(w.regionCode()),
                            w.programme(),
                            w.year(),
                            w.title(),
                            receiver == null ? null : receiver.body(),
                            receiver == null ? null : receiver.role().name(),
                            receiver == null ? null : receiver.regionCode(),
                            receiver == null ? null : names.get(receiver.regionCode()),
                            w.state(),
                            w.updatedAt(),
                            w.version());
                })
                .toList();
    }

    /** What the latest timeline entry of {@code action} (at {@code step}, when given) holds. */
    private static <T> T last(RunView run, String action, String step, Function<EntryView, T> what) {
        if (run == null) {
            return null;
        }
        return run.timeline().reversed().stream()
                .filter(e -> e.action().equals(action) && (step == null || step.equals(e.stepCode())))
                .findFirst()
                .map(what)
                .orElse(null);
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
