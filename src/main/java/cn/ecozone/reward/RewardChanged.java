package cn.ecozone.reward;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A reward was recorded or corrected (the audit log keeps the fields and the reason). */
public record RewardChanged(long id, long titleId, String regionCode, String reason, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "Reward";
    }

    @Override
    public String targetId() {
        return Long.toString(id);
    }
}
