package cn.ecozone.indicator.internal.excel;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * Values of one region and year were entered or changed by an Excel import: one event per chunk of
 * changes (so that each audit record stays within its size), each change old → new per indicator.
 * The per-value history carries the same changes with the reason "Excel导入".
 */
public record ValuesImported(
        String jobId, String edition, String regionCode, int year, String importedBy, List<FieldChange> changes)
        implements AuditedChange {

    public ValuesImported {
        changes = List.copyOf(changes);
    }

    @Override
    public String targetType() {
        return "IndicatorValue";
    }

    @Override
    public String targetId() {
        return edition + "/" + regionCode + "/" + year;
    }

    @Override
    public String reason() {
        return ImportSaver.REASON + "（导入任务 " + jobId + "，导入人 " + importedBy + "）";
    }
}
