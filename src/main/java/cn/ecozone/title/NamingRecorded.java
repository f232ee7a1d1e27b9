package cn.ecozone.title;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** The province recorded a naming (audited): named or not, the document, and the title it gave. */
public record NamingRecorded(
        long namingId, long dossierId, boolean named, String documentNumber, Long titleId, String reason)
        implements AuditedChange {

    @Override
    public String targetType() {
        return "Naming";
    }

    @Override
    public String targetId() {
        return Long.toString(namingId);
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(
                new FieldChange("named", null, Boolean.toString(named)),
                new FieldChange("documentNumber", null, documentNumber),
                new FieldChange("titleId", null, titleId == null ? null : titleId.toString()));
    }
}
