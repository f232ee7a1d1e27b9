package cn.ecozone.project;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A key project was created, updated or deleted. Published inside the changing transaction: a
 * synchronous listener may refuse a deletion (e.g. an annual work plan still refers to the project)
 * by throwing, which rolls it back.
 */
public record KeyProjectChanged(
        long id, String regionCode, String name, Kind kind, String reason, List<FieldChange> changes)
        implements AuditedChange {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED
    }

    public boolean deleted() {
        return kind == Kind.DELETED;
    }

    @Override
    public String targetType() {
        return "KeyProject";
    }

    @Override
    public String targetId() {
        return Long.toString(id);
    }
}
