package cn.ecozone.deadline;

import cn.ecozone.shared.Role;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * An open deadline came within the reminder period (by default 3 working days). Published once per
 * deadline and due date.
 *
 * @param workingDaysLeft working days after today up to the due date (0 = due today)
 */
@NamedInterface("events")
public record DeadlineApproaching(
        long deadlineId,
        String subjectType,
        long subjectId,
        String kind,
        String title,
        String regionCode,
        Role role,
        LocalDate dueDate,
        int workingDaysLeft,
        String link) {

    /** A key that is the same for every delivery of this event, e.g. to notify only once. */
    public String key() {
        return "deadline:" + deadlineId + ":approaching:" + dueDate;
    }
}
