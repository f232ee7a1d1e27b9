package cn.ecozone.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Together;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8 §3: two registrations of the same new deadline at the same instant end as one insert and one
 * clean replace, never as a duplicate-key error. No endpoint registers deadlines directly (modules do,
 * e.g. on promulgation), so the façade is called from two threads released by one latch.
 */
@ApiTest
class DeadlineRegistrationRaceIT {

    private static final int ROUNDS = 20;
    private static final AtomicLong SUBJECTS = new AtomicLong(9_100_000);

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    JdbcTemplate jdbc;

    private DeadlineRequest request(long subject, int workingDays) {
        return new DeadlineRequest(
                "RACE",
                subject,
                "PLAN_FILING",
                "《苏尼特左旗规划》备案",
                "152523",
                Role.COUNTY_GOVERNMENT,
                deadlines.today(),
                workingDays,
                Counting.NEXT_DAY,
                "/plans/" + subject);
    }

    @Test
    void twoRegistrationsOfTheSameNewDeadlineAtOnceLeaveOneOpenDeadline() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long subject = SUBJECTS.incrementAndGet();
            var both = Together.run(
                    () -> deadlines.register(request(subject, 5)), () -> deadlines.register(request(subject, 10)));
            assertThat(both.first().id())
                    .as("round %d", round)
                    .isEqualTo(both.second().id());
            Integer open = jdbc.queryForObject(
                    "select count(*) from deadline where subject_type = 'RACE' and subject_id = ?"
                            + " and open_marker is not null",
                    Integer.class,
                    subject);
            assertThat(open).isEqualTo(1);
            LocalDate due = jdbc.queryForObject(
                    "select due_date from deadline where subject_type = 'RACE' and subject_id = ?",
                    LocalDate.class,
                    subject);
            assertThat(due).isIn(both.first().dueDate(), both.second().dueDate());
        }
    }
}
