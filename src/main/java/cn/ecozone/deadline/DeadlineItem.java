package cn.ecozone.deadline;

import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * An open deadline as the deadline list shows it.
 *
 * @param workingDaysLeft working days after today up to the due date: 0 = due today, negative =
 *     overdue by that many working days
 * @param mine whether the actor's role is the one expected to act (supervisors also see others')
 * @param explanation how the due date was counted, one sentence per line, in the user's language
 */
public record DeadlineItem(
        long id,
        String subjectType,
        long subjectId,
        String kind,
        String title,
        String regionCode,
        String regionName,
        Role role,
        LocalDate startDate,
        int workingDays,
        LocalDate dueDate,
        int workingDaysLeft,
        boolean overdue,
        boolean mine,
        List<String> explanation,
        String link) {}
