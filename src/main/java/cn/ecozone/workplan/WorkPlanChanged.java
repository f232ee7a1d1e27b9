package cn.ecozone.workplan;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** An annual work plan was created, edited, filed, withdrawn, returned or acknowledged. */
public record WorkPlanChanged(
        long id, String regionCode, int year, String action, String reason, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "WorkPlan";
    }

    @Override
    public String targetId() {
        return Long.toString(id);
    }
}
