package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.deadline.DeadlineItem;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subject renamed in its module renames its open run (the inbox) and the open deadline of the step
 * it waits at, titled "subject：step". Runs sit in Ningxia (640104).
 */
@ApiTest
class ProcedureRetitleIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    RegionManagement regions;

    @Test
    void aRenamedSubjectIsInTheInboxAndItsStepDeadlineUnderTheNewTitle() {
        Region county = regions.require("640104");
        Actor subject = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        Actor league = Runs.actor(Role.PREFECTURE_STAFF, regions.require("640100"), 2);
        ProcedureSubject s = Runs.subject(county);
        RunView started = procedures.start(s, Runs.chain(), subject);
        RunView run = procedures.act(
                new Act(started.id(), started.version(), null, null, null, List.of(), List.of()), subject);
        assertThat(run.currentStepCode()).isEqualTo("EXAMINE");

        procedures.retitle("TEST", s.id(), "  改名后的申报 " + s.id() + " ");

        assertThat(procedures
                        .inbox(league, new InboxFilter("TEST", false, null), 0, 100)
                        .content())
                .filteredOn(i -> i.runId() == run.id())
                .extracting(InboxItem::subjectTitle)
                .containsExactly("改名后的申报 " + s.id());
        assertThat(deadlines.list(league, 250).content())
                .filteredOn(d -> d.subjectId() == s.id() && "TEST".equals(d.subjectType()))
                .extracting(DeadlineItem::title)
                .containsExactly("改名后的申报 " + s.id() + "：EXAMINE环节");
    }
}
