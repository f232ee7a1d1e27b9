package cn.ecozone.region;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A construction unit was created, changed or deleted; the changes say which fields. Published
 * inside the transaction that makes the change, so that a synchronous listener of another module
 * may refuse it by throwing (the indicator module refuses to delete a unit that holds values).
 */
public record ConstructionUnitChanged(long id, List<FieldChange> changes) implements AuditedChange {

    /** Whether the unit was deleted: its name went to nothing. */
    public boolean deleted() {
        return changes.stream().anyMatch(c -> "name".equals(c.field()) && c.newValue() == null);
    }

    /** The unit's name before the change, if the change names it. */
    public String oldName() {
        return changes.stream()
                .filter(c -> "name".equals(c.field()))
                .map(FieldChange::oldValue)
                .findFirst()
                .orElse(null);
    }

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
