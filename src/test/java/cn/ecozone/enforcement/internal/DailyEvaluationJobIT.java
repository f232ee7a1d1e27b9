package cn.ecozone.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.JobLocks;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Review finding 3: a title whose evaluation fails does not stop the daily run. The job is built with
 * the real titles, transactions and evaluation, wrapped so that the evaluation of one title (the oldest,
 * so judged first) throws; every other title is still judged, and the run counts one failure.
 *
 * <p>Inner Mongolia counties 150124 清水河县 and 150125 武川县 (no other test writes them).
 */
@ApiTest
class DailyEvaluationJobIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidacyManagement candidacies;

    @Autowired
    JobLocks locks;

    @Autowired
    TitleRecords titles;

    @Autowired
    TitleEvaluation evaluation;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTitleWhoseEvaluationThrowsIsCountedAndTheTitlesAfterItAreStillEvaluated() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var subjects = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        // named in 2001: older than any other test's title, so the run meets it first
        long failing = subjects.innerMongolia(
                        "150124", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", LocalDate.of(2001, 3, 1))
                .titleId();
        long valid = subjects.innerMongolia(
                        "150125", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today.minusYears(1))
                .titleId();
        List<Long> all = allTitles(today);
        assertThat(all.getFirst()).isEqualTo(failing);

        List<Long> judged = new CopyOnWriteArrayList<>();
        TitleEvaluation failingOnce = new TitleEvaluation(null, null, null, null, null, clock) {
            @Override
            int evaluate(TitleView title) {
                if (title.id() == failing) {
                    throw new IllegalStateException("broken data of title " + failing);
                }
                judged.add(title.id());
                return evaluation.evaluate(title);
            }
        };
        var job = new DailyEvaluationJob(locks, titles, failingOnce, transactions, clock);

        DailyEvaluationJob.Outcome outcome = job.run().orElseThrow();

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.evaluated()).isEqualTo(all.size() - 1);
        assertThat(judged).contains(valid).doesNotContain(failing);
        assertThat(judged).containsExactlyElementsOf(all.subList(1, all.size()));
    }

    /** The ids of the titles the job walks, in its order. */
    private List<Long> allTitles(LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = titles.namedBetween(LocalDate.of(2000, 1, 1), today, page, 200);
            found.content().forEach(t -> ids.add(t.id()));
            if ((long) (page + 1) * 200 >= found.totalElements()) {
                return ids;
            }
        }
    }
}
