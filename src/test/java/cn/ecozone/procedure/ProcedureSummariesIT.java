package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.CountingStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link ProcedureManagement#summaries}: where each of many runs stands, as its view says, in two
 * statements however many runs (for lists of subjects). Runs sit in 青海 (630000).
 */
@ApiTest
class ProcedureSummariesIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Test
    void summariesSayWhatTheViewSaysInTwoStatementsForAnyNumberOfRuns() {
        Region county = regions.require("630104");
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RunView run = procedures.start(Runs.subject(county), Runs.chain(), submitter);
            if (i > 0) {
                run = procedures.act(
                        new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), submitter);
            }
            ids.add(run.id());
        }

        AtomicReference<Map<Long, RunSummary>> found = new AtomicReference<>();
        int statements = CountingStatements.during(() -> found.set(procedures.summaries(ids)));

        assertThat(statements).isEqualTo(2);
        for (long id : ids) {
            RunView view = procedures.view(id, submitter);
            RunSummary summary = found.get().get(id);
            assertThat(summary.state()).isEqualTo(view.state());
            assertThat(summary.currentStepCode()).isEqualTo(view.currentStepCode());
            assertThat(summary.deadline()).isEqualTo(view.deadline());
        }
        assertThat(found.get().get(ids.get(1)).currentStepCode()).isEqualTo("EXAMINE");
        assertThat(found.get().get(ids.get(1)).deadline()).isNotNull();
        assertThat(procedures.summaries(List.of())).isEmpty();
    }

    @Test
    void summariesCalledOutsideATransactionOpenNone() {
        // the engine reads the run ids while it runs its statements: each read records whether a
        // transaction is active at that moment (a list page calls summaries with no transaction)
        List<Boolean> inTransaction = new ArrayList<>();
        List<Long> ids = new java.util.AbstractList<>() {
            @Override
            public Long get(int index) {
                inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                return -1L;
            }

            @Override
            public int size() {
                return 1;
            }
        };

        assertThat(procedures.summaries(ids)).isEmpty();
        assertThat(inTransaction).isNotEmpty().containsOnly(false);
    }
}
