package cn.ecozone.deadline;

import cn.ecozone.shared.Role;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** An open deadline's due date passed without it being closed. Published once per deadline and due date. */
@NamedInterface("events")
public record DeadlineOverdue(
        long deadlineId,
        String subjectType,
        long subjectId,
        String kind,
        String title,
        String regionCode,
        Role role,
        LocalDate dueDate,
        String link) {

    /** A key that is the same for every delivery of this event, e.g. to notify only once. */
    public String key() {
        return "deadline:" + deadlineId + ":overdue:" + dueDate;
    }
}
