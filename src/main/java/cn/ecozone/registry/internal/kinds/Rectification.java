package cn.ecozone.registry.internal.kinds;

import cn.ecozone.registry.RegisterInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rectification of a finding or a forest case: its tasks, each with a description and a planned
 * date (and, once done, its completion date), and the date the whole rectification was completed.
 */
final class Rectification {

    static final int MAX_TASKS = 50;

    private Rectification() {}

    /** The tasks, checked; {@code start} is the finding's or case's date, which no date may precede. */
    static List<RegisterInput.Task> tasks(List<RegisterInput.Task> in, LocalDate start, Checks checks) {
        if (in.size() > MAX_TASKS) {
            checks.add("tasks", "error.registry.tasks.too-many", MAX_TASKS);
            return List.of();
        }
        List<RegisterInput.Task> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            RegisterInput.Task t = in.get(i);
            String at = "tasks[" + i + "].";
            String description = checks.text(at + "description", t == null ? null : t.description(), 1000, true);
            LocalDate planned = checks.required(at + "plannedOn", t == null ? null : t.plannedOn());
            checks.notBefore(at + "plannedOn", planned, "occurredOn", start);
            LocalDate done = t == null ? null : t.completedOn();
            if (done != null && done.isAfter(checks.today())) {
                checks.add(at + "completedOn", "error.registry.future");
            }
            checks.notBefore(at + "completedOn", done, "occurredOn", start);
            out.add(new RegisterInput.Task(description, planned, done));
        }
        return out;
    }

    /**
     * The completion date of the whole rectification: not in the future, not before the start, and
     * only once every task is done.
     */
    static LocalDate completedOn(LocalDate value, LocalDate start, List<RegisterInput.Task> tasks, Checks checks) {
        if (value == null) {
            return null;
        }
        if (value.isAfter(checks.today())) {
            checks.add("completedOn", "error.registry.future");
        }
        checks.notBefore("completedOn", value, "occurredOn", start);
        if (tasks.stream().anyMatch(t -> t.completedOn() == null)) {
            checks.add("completedOn", "error.registry.tasks.open");
        }
        return value;
    }
}
