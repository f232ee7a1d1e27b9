package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.PlanNotFound;
import cn.ecozone.plan.PlanFacts.StaleVersion;
import cn.ecozone.plan.PlanView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Finds a plan for an actor and shows it, for the plan module's two façades ({@code PlanManagement},
 * {@code PlanDocuments}): data scope on every read (404 outside it), the version check before every
 * change (409 when stale), and the view.
 */
@Component
public class PlanReader {

    /** The zone of the platform's "today", for deadlines. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Plans plans;
    private final PlanSteps steps;
    private final PlanProcedure procedure;
    private final PlanTextVersions texts;
    private final RegionManagement regions;
    private final PlanFilingExplanations explanations;
    private final Clock clock;

    PlanReader(
            Plans plans,
            PlanSteps steps,
            PlanProcedure procedure,
            PlanTextVersions texts,
            RegionManagement regions,
            PlanFilingExplanations explanations,
            Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.procedure = procedure;
        this.texts = texts;
        this.regions = regions;
        this.explanations = explanations;
        this.clock = clock;
    }

    /** The plan if it lies in the actor's scope. @throws PlanNotFound otherwise, or for an unknown id */
    public PlanEntity visible(long id, Actor actor) {
        return plans.findById(id)
                .filter(p -> actor.scope().includes(p.subjectRegionPath()))
                .orElseThrow(() -> new PlanNotFound(id));
    }

    /** As {@link #visible}, at the version the actor read. @throws StaleVersion for none or another one */
    public PlanEntity current(long id, Long version, Actor actor) {
        PlanEntity plan = visible(id, actor);
        if (version == null || version != plan.version()) {
            throw new StaleVersion();
        }
        return plan;
    }

    /** Saves the plan (flushing, so that a concurrent change fails here) and shows it to the actor. */
    public PlanView save(PlanEntity plan, Actor actor) {
        return view(plans.saveAndFlush(plan), actor);
    }

    /** The plan as the actor sees it, with texts in the reader's language. */
    public PlanView view(PlanEntity plan, Actor actor) {
        return new PlanViews(steps, procedure, texts, regions, explanations, today()).of(plan, actor);
    }

    /** Today in the platform's zone, for deadlines. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
