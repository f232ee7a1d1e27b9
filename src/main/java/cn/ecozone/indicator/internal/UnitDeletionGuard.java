package cn.ecozone.indicator.internal;

import cn.ecozone.region.ConstructionUnitChanged;
import cn.ecozone.shared.ApiException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to delete a construction unit that holds indicator values: its values, submissions and
 * evidence would otherwise stay behind with nobody able to reach them. Runs synchronously inside the
 * deleting transaction, so the 409 rolls the deletion back.
 */
@Component
class UnitDeletionGuard {

    private final Values values;

    UnitDeletionGuard(Values values) {
        this.values = values;
    }

    @EventListener
    void on(ConstructionUnitChanged change) {
        if (change.deleted() && values.existsByUnitId(change.id())) {
            throw ApiException.conflict("error.unit.has-indicator-values", change.oldName());
        }
    }
}
