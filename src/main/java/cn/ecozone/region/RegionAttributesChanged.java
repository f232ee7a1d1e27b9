package cn.ecozone.region;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** The province department changed a region's terrain, key-area, grassland or coastal flag. */
public record RegionAttributesChanged(String code, String reason, List<FieldChange> changes) implements AuditedChange {

    @Override
    public String targetType() {
        return "Region";
    }

    @Override
    public String targetId() {
        return code;
    }
}
