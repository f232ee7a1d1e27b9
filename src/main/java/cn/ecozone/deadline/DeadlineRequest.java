package cn.ecozone.deadline;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import java.time.LocalDate;

/**
 * A deadline to register: who must act on which subject, by N working days from a start date.
 *
 * @param subjectType the kind of record the deadline belongs to, e.g. {@code PLAN}
 * @param subjectId the record's id in its module
 * @param kind what must be done, e.g. {@code PLAN_FILING}
 * @param title what the users see, in Chinese, e.g. 《XX旗生态文明建设示范区规划》备案
 * @param regionCode the region of the responsible party
 * @param role the role expected to act there
 * @param startDate the day of the act that starts the period, e.g. the plan's promulgation
 * @param workingDays the length of the period, at least 1
 * @param counting whether the start date counts as day 1 ({@link Counting#SAME_DAY}) or not
 * @param link the UI path of the subject, e.g. {@code /plans/123}
 */
public record DeadlineRequest(
        String subjectType,
        long subjectId,
        String kind,
        String title,
        String regionCode,
        Role role,
        LocalDate startDate,
        int workingDays,
        Counting counting,
        String link) {}
