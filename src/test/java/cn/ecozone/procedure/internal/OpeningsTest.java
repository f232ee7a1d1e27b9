package cn.ecozone.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.RunNotice.Opening;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import cn.ecozone.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a task was opened, read from the run's tasks: what its notification says (or that none is due). */
class OpeningsTest {

    private static final Assignee COUNTY = new Assignee(Role.COUNTY_GOVERNMENT, "130602", null, null, null);
    private static final Assignee LEAGUE = new Assignee(Role.PREFECTURE_STAFF, "130600", null, null, null);
    private static final Assignee DIVISION_A = new Assignee(Role.DIVISION_REVIEWER, "130000", 5L, "一处", null);
    private static final Assignee DIVISION_B = new Assignee(Role.DIVISION_REVIEWER, "130000", 6L, "二处", null);

    private final List<TaskEntity> tasks = new ArrayList<>();

    private TaskEntity task(int step, int round, Assignee who, TaskEntity.State end, String opinion) {
        TaskEntity t = new TaskEntity(1, step, "S" + step, "EXAMINE", round, who, Instant.EPOCH);
        t.assignId(tasks.size() + 1L);
        if (end != TaskEntity.State.OPEN) {
            t.closed(end, null, opinion, null, Instant.EPOCH);
        }
        tasks.add(t);
        return t;
    }

    private Opening opening(TaskEntity t) {
        return Openings.of(t, tasks).opening();
    }

    @Test
    void theFirstTaskAndTheNextStepsTasksAdvance() {
        TaskEntity submit = task(0, 1, COUNTY, TaskEntity.State.DONE, null);
        TaskEntity examine = task(1, 2, LEAGUE, TaskEntity.State.OPEN, null);

        assertThat(opening(submit)).isEqualTo(Opening.ADVANCED);
        assertThat(opening(examine)).isEqualTo(Opening.ADVANCED);
    }

    @Test
    void aTaskReopenedByAReturnCarriesTheReasonAndTheStepItCameFrom() {
        task(0, 1, COUNTY, TaskEntity.State.DONE, null);
        task(1, 2, LEAGUE, TaskEntity.State.RETURNED, "材料不全");
        TaskEntity again = task(0, 3, COUNTY, TaskEntity.State.OPEN, null);
        TaskEntity examineAgain = task(1, 4, LEAGUE, TaskEntity.State.OPEN, null);

        Openings.Answer answer = Openings.of(again, tasks);
        assertThat(answer.opening()).isEqualTo(Opening.RETURNED);
        assertThat(answer.returning().opinion()).isEqualTo("材料不全");
        assertThat(answer.returning().stepCode()).isEqualTo("S1");
        assertThat(opening(examineAgain)).as("the resubmission advances again").isEqualTo(Opening.ADVANCED);
    }

    @Test
    void aTaskReopenedByTheActorsWithdrawalIsItsOwn() {
        task(0, 1, COUNTY, TaskEntity.State.WITHDRAWN, null);
        task(1, 2, LEAGUE, TaskEntity.State.WITHDRAWN, null);
        TaskEntity again = task(0, 3, COUNTY, TaskEntity.State.OPEN, null);

        assertThat(opening(again)).isEqualTo(Opening.WITHDRAWN);
    }

    @Test
    void aTaskOpenedByTheReopeningOfAFinishedRunIsReopenedNotWithdrawn() {
        task(0, 1, COUNTY, TaskEntity.State.DONE, null);
        task(1, 2, LEAGUE, TaskEntity.State.DONE, null);
        TaskEntity again = task(0, 3, COUNTY, TaskEntity.State.OPEN, null);

        assertThat(opening(again)).isEqualTo(Opening.REOPENED);
    }

    @Test
    void aDivisionsWithdrawalInsideAParallelStepReopensOnlyItsOwnTask() {
        task(0, 1, COUNTY, TaskEntity.State.DONE, null);
        TaskEntity a = task(1, 2, DIVISION_A, TaskEntity.State.WITHDRAWN, null);
        TaskEntity b = task(1, 2, DIVISION_B, TaskEntity.State.OPEN, null);
        TaskEntity aAgain = task(1, 2, DIVISION_A, TaskEntity.State.OPEN, null);

        assertThat(opening(a)).isEqualTo(Opening.ADVANCED);
        assertThat(opening(b)).isEqualTo(Opening.ADVANCED);
        assertThat(opening(aAgain)).isEqualTo(Opening.WITHDRAWN);
    }
}
