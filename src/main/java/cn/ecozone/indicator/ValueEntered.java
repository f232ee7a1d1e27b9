package cn.ecozone.indicator;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A value was entered or changed; old is null for a first entry.
 *
 * @param unitId the construction unit whose value it is, or null for the region's own value
 */
public record ValueEntered(
        String edition,
        String regionCode,
        Long unitId,
        int year,
        String indicator,
        String oldValue,
        String newValue,
        String reason)
        implements AuditedChange {

    /** A region's own value. */
    public ValueEntered(
            String edition,
            String regionCode,
            int year,
            String indicator,
            String oldValue,
            String newValue,
            String reason) {
        this(edition, regionCode, null, year, indicator, oldValue, newValue, reason);
    }

    @Override
    public String targetType() {
        return "IndicatorValue";
    }

    /** {@code edition/region/year/indicator}, with {@code /unit-ID} after the region for a unit's value. */
    @Override
    public String targetId() {
        return edition + "/" + regionCode + (unitId == null ? "" : "/unit-" + unitId) + "/" + year + "/" + indicator;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("value", oldValue, newValue));
    }
}
