package cn.ecozone.registry;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * Province staff set or changed a threshold of an exclusion that the regulation does not give (e.g.
 * 办结率低, IM eco-civ art. 11(四)). Exclusions computed under that regulation in that jurisdiction may
 * have changed.
 *
 * @param targetId jurisdiction/regulation code/exclusion code/key
 */
public record ExclusionSettingChanged(
        String jurisdiction,
        String regulationCode,
        String exclusionCode,
        String key,
        String reason,
        List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "ExclusionSetting";
    }

    @Override
    public String targetId() {
        return jurisdiction + "/" + regulationCode + "/" + exclusionCode + "/" + key;
    }
}
