package cn.ecozone.candidacy.internal;

import cn.ecozone.plan.PlanStepTaken;
import cn.ecozone.regulation.Programme;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a plan to the open candidacy of its subject and programme when the plan module reports a step
 * of it ({@link PlanStepTaken}; the first is the submission that starts it), and moves a candidacy in
 * the reserve or in cultivation to {@code PLANNING}. Runs in the plan's transaction, so the link and
 * the plan's step commit together; a subject without a candidacy is left alone.
 */
@Component
class PlanLinker {

    private final Candidacies candidacies;
    private final CandidacyLinks links;
    private final CandidacySteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanLinker(
            Candidacies candidacies,
            CandidacyLinks links,
            CandidacySteps steps,
            ApplicationEventPublisher events,
            Clock clock) {
        this.candidacies = candidacies;
        this.links = links;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(PlanStepTaken taken) {
        if (taken.planId() == null || taken.programme() == null) {
            return;
        }
        Programme programme = Programme.valueOf(taken.programme());
        candidacies.openOfRegion(taken.regionCode(), programme).ifPresent(c -> {
            var now = clock.instant();
            if (!links.exists(c.id(), CandidacyLinkEntity.PLAN, taken.planId())) {
                links.save(new CandidacyLinkEntity(c.id(), CandidacyLinkEntity.PLAN, taken.planId(), now));
            }
            if (c.planStarted(taken.planId(), now)) {
                candidacies.saveAndFlush(c);
                steps.saveAll(c.drainSteps());
                c.drainEvents().forEach(events::publishEvent);
            }
        });
    }
}
