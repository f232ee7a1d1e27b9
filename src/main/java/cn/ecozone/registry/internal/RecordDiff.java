package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterInput;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The fields that differ between two versions of a record, each old → new as text. */
final class RecordDiff {

    private RecordDiff() {}

    static List<FieldChange> between(RecordValues a, RecordValues b) {
        List<FieldChange> out = new ArrayList<>();
        add(out, "regionCode", a.regionCode(), b.regionCode());
        add(out, "category", a.category(), b.category());
        add(out, "occurredOn", a.occurredOn(), b.occurredOn());
        add(out, "year", a.year(), b.year());
        add(out, "level", a.level(), b.level());
        add(out, "major", a.major(), b.major());
        add(out, "completed", a.completed(), b.completed());
        add(out, "dueOn", a.dueOn(), b.dueOn());
        add(out, "closedOn", a.closedOn(), b.closedOn());
        add(out, "completedOn", a.completedOn(), b.completedOn());
        add(out, "imposedBy", a.imposedBy(), b.imposedBy());
        add(out, "summary", a.summary(), b.summary());
        add(out, "sourceNumber", a.sourceNumber(), b.sourceNumber());
        add(out, "sourceDate", a.sourceDate(), b.sourceDate());
        add(out, "sourceIssuer", a.sourceIssuer(), b.sourceIssuer());
        add(out, "tasks", tasks(a.tasks()), tasks(b.tasks()));
        return out;
    }

    /** The tasks as text, one line each: "1. description | planned | completed". */
    static String tasks(List<RegisterInput.Task> tasks) {
        if (tasks.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            RegisterInput.Task t = tasks.get(i);
            lines.add((i + 1) + ". " + t.description() + " | " + t.plannedOn() + " | "
                    + (t.completedOn() == null ? "—" : t.completedOn()));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static void add(List<FieldChange> out, String field, Object before, Object after) {
        String a = before == null ? null : before.toString();
        String b = after == null ? null : after.toString();
        if (!Objects.equals(a, b)) {
            out.add(new FieldChange(field, a, b));
        }
    }
}
