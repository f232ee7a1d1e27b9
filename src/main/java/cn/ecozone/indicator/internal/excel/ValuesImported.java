package cn.ecozone.indicator.internal.excel;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange;
import java.util.List;
import java.util.Objects;

/**
 * Values of one region and year were entered or changed by an Excel import: one event per chunk of
 * changes (so that each audit record stays within its size), each change old → new per indicator.
 * The per-value history carries the same changes with the reason "Excel导入". The import runs on a
 * worker thread outside the upload's request, so the event carries the importer as its {@link
 * #actor()}, and the audit record names that user.
 *
 * @param importer the user who uploaded the workbook
 */
public record ValuesImported(
        String jobId, String edition, String regionCode, int year, Actor importer, List<FieldChange> changes)
        implements AuditedChange {

    public ValuesImported {
        Objects.requireNonNull(importer, "importer");
        changes = List.copyOf(changes);
    }

    @Override
    public Actor actor() {
        return importer;
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
        return ImportSaver.REASON + "（导入任务 " + jobId + "）";
    }
}
