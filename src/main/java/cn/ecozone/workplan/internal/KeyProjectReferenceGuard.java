package cn.ecozone.workplan.internal;

import cn.ecozone.project.KeyProjectChanged;
import cn.ecozone.shared.ApiException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to delete a key project that an annual work plan lists: the plan would point at nothing.
 * Runs synchronously inside the deleting transaction, so the 409 rolls the deletion back.
 */
@Component
class KeyProjectReferenceGuard {

    private final WorkPlans plans;

    KeyProjectReferenceGuard(WorkPlans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(KeyProjectChanged change) {
        if (change.deleted() && plans.refersTo(change.id())) {
            throw ApiException.conflict("error.project.referenced", change.name());
        }
    }
}
