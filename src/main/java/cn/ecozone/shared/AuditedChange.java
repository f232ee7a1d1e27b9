package cn.ecozone.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by domain events that change a business record, so that the audit log keeps the old
 * and new field values and the reason. Publish it only for changes that are committed.
 */
public interface AuditedChange {

    /** The kind of record, e.g. {@code Region}. */
    String targetType();

    /** The record's identifier. */
    String targetId();

    /** The reason the actor gave, or {@code null} when the action takes none. */
    String reason();

    List<FieldChange> changes();

    /**
     * Who made the change when it is made outside a request, e.g. by an asynchronous job started by a
     * user; {@code null} (the default) when the change belongs to the current request, or to nobody but
     * the system (a scheduled job). Within a request the request's actor is recorded regardless.
     */
    default Actor actor() {
        return null;
    }

    /** One field's value before and after the change, both rendered as text; {@code null} for none. */
    record FieldChange(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {

        /** Adds a change of {@code field} to {@code changes} when the two values differ. */
        public static void addIfChanged(
                List<FieldChange> changes, String field, @Nullable String before, @Nullable String after) {
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
    }
}
