package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DomainFact;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine reads a run's tasks after taking the run's lock, also inside a caller's transaction that
 * read the run before (as a subject module shows the run and then acts on it): an act that another
 * actor committed in between is seen, and the late act is a conflict, not a second act.
 */
@ApiTest
class ProcedureLockIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    Fixtures fixtures;

    @Test
    void anActorWhoseTransactionReadTheRunBeforeAnotherActedGetsAConflictAndTheStepIsTakenOnce() {
        if (organizations.ofKind(OrganizationKind.DIVISION, "640000").isEmpty()) {
            fixtures.organization(OrganizationKind.DIVISION, "640000");
        }
        Region county = regions.require("640104");
        Region league = regions.require("640100");
        Actor countyGovernment = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        Actor first = Runs.actor(Role.PREFECTURE_STAFF, league, 2);
        Actor second = Runs.actor(Role.PREFECTURE_STAFF, league, 2);
        RunView started = procedures.start(Runs.subject(county), Runs.chain(), countyGovernment);
        RunView run = procedures.act(act(started, null), countyGovernment);

        transactions.executeWithoutResult(tx -> {
            RunView seen = procedures.view(run.id(), second);
            long task = seen.allowedActions().getFirst().taskId();
            Act command = new Act(seen.id(), seen.version(), task, null, "同意上报", List.of(), List.of());
            // the colleague acts and commits in its own transaction meanwhile
            CompletableFuture.runAsync(() -> procedures.act(command, first)).join();

            assertThatThrownBy(() -> procedures.act(command, second))
                    .isInstanceOfSatisfying(
                            DomainFact.class, f -> assertThat(f.category()).isEqualTo(DomainFact.Category.CONFLICT));
            tx.setRollbackOnly(); // the refused caller rolls back, as a refused request does
        });

        RunView after = procedures.view(run.id(), first);
        assertThat(after.currentStepCode()).isEqualTo("DIVISION_CHECK");
        assertThat(after.timeline())
                .filteredOn(e -> e.stepCode().equals("EXAMINE"))
                .hasSize(1);
    }

    private static Act act(RunView run, String opinion) {
        return new Act(run.id(), run.version(), null, null, opinion, List.of(), List.of());
    }
}
