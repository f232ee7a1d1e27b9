package cn.ecozone.identity;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A user account or organization was created or changed; the changes say which fields. */
public record AccountChanged(String targetType, String targetId, String reason, List<FieldChange> changes)
        implements AuditedChange {}
