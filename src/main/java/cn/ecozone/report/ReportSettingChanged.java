package cn.ecozone.report;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * The province's staff set or changed the due day of a yearly report (IM eco-civ art. 17, IM Two
 * Mountains art. 17, GZ art. 18 leave it open): audited with the old and new {@code monthDay} and
 * {@code note} (old values null for a first setting); the note is the reason.
 */
public record ReportSettingChanged(
        String jurisdiction, String regulationCode, String checkCode, String reason, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "ReportDueSetting";
    }

    @Override
    public String targetId() {
        return jurisdiction + "/" + regulationCode + "/" + checkCode;
    }
}
