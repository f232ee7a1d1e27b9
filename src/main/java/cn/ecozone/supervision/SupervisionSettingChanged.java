package cn.ecozone.supervision;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * The province department set or changed the delay of one of its scheduled checks (Guizhou art. 22 适时):
 * audited with the old and new number of days ({@code delayDays}; the old value null for a first setting).
 */
public record SupervisionSettingChanged(String provinceCode, String checkCode, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "SupervisionSetting";
    }

    @Override
    public String targetId() {
        return provinceCode + "/" + checkCode;
    }

    @Override
    public String reason() {
        return null;
    }
}
