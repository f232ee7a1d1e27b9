package cn.ecozone.registry;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A register record was entered, corrected, confirmed or rejected. Exclusions computed from the
 * registers may have changed for every subject whose region path is a prefix of {@code regionPath}
 * (the record's region and the regions above it); a correction that moved the record to another region
 * names the old one in {@code previousRegionPath} (else null).
 */
public record RegisterRecordChanged(
        long recordId,
        RegisterKind kind,
        String regionCode,
        String regionPath,
        String previousRegionPath,
        Change change,
        String reason,
        List<FieldChange> changes)
        implements AuditedChange {

    public enum Change {
        /** Entered (by province staff: confirmed at once; by prefecture staff: pending). */
        ENTERED,
        /** Corrected with a reason. */
        CORRECTED,
        /** Confirmed by the province. */
        CONFIRMED,
        /** Rejected by the province with a reason. */
        REJECTED,
        /** A document was attached (field {@code attachments}: the file's name); exclusions do not change. */
        ATTACHED
    }

    @Override
    public String targetType() {
        return "RegisterRecord";
    }

    @Override
    public String targetId() {
        return Long.toString(recordId);
    }
}
