package cn.ecozone.indicator;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A value was entered or changed; old is null for a first entry. */
public record ValueEntered(
        String edition, String regionCode, int year, String indicator, String oldValue, String newValue, String reason)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "IndicatorValue";
    }

    @Override
    public String targetId() {
        return edition + "/" + regionCode + "/" + year + "/" + indicator;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("value", oldValue, newValue));
    }
}
