package cn.ecozone.title.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.TitleFacts;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A submitted dossier as the title module's commands see it: 404 outside the actor's data scope. */
@Component
public class DossierAccess {

    private final DossierSteps steps;
    private final RegionManagement regions;

    DossierAccess(DossierSteps steps, RegionManagement regions) {
        this.steps = steps;
        this.regions = regions;
    }

    /** The dossier and its run. @throws ApiException 404 when unknown, unsubmitted or outside scope */
    public DossierAtStep visible(long dossierId, Actor actor) {
        return steps.find(dossierId)
                .filter(d -> actor.scope()
                        .includes(regions.require(d.dossier().regionCode()).path()))
                .orElseThrow(() -> ApiException.notFound("title.dossier.not-found", dossierId));
    }

    /**
     * The dossier, whose run waits at one of {@code stepCodes}.
     *
     * @throws TitleFacts.NotAtStep (409) when it waits elsewhere or its run is not open
     */
    public DossierAtStep atStep(long dossierId, Set<String> stepCodes, Actor actor) {
        DossierAtStep d = visible(dossierId, actor);
        if (d.currentStepCode() == null || !stepCodes.contains(d.currentStepCode())) {
            throw new TitleFacts.NotAtStep(
                    String.join("/", stepCodes.stream().sorted().toList()), d.currentStepCode());
        }
        return d;
    }
}
