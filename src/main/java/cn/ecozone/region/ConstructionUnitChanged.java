package cn.ecozone.region;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A construction unit was created, changed or deleted; the changes say which fields. */
public record ConstructionUnitChanged(long id, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String targetType() {
        return "ConstructionUnit";
    }

    @Override
    public String targetId() {
        return String.valueOf(id);
    }

    @Override
    public String reason() {
        return null;
    }
}
