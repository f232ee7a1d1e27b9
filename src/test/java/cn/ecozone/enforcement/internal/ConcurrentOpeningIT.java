package cn.ecozone.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two judges of one title at once (the register listener, the daily job, the check listener, a demo task)
 * open each proposal once and neither fails: openers take the title's lock first (V99). Found when the
 * demo task and the register listener raced at start-up, the unique key refused the second and the demo
 * data stopped with the service unready.
 */
@ApiTest
class ConcurrentOpeningIT {

    private static final String COUNTY = "522729"; // 长顺县

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
    TitleRecords titles;

    @Autowired
    TitleEvaluation evaluation;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProposalOpener opener;

    @Autowired
    EnforcementRules rules;

    @Autowired
    TitleLocks locks;

    @Test
    void anOpenerWaitsWhileAnotherJudgeHoldsTheTitleThenOpensTheProposalOnce() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var base = new TitledSubjects(port, fixtures, jdbc, clock, candidacies).guizhou(COUNTY, today.minusYears(1));
        var title = titles.find(base.titleId()).orElseThrow();
        TitleRef ref = evaluation.ref(title);
        var regulation = rules.inForce(title.regulationCode()).orElseThrow();

        // another judge of the same title holds its lock in an open transaction
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // two threads of their own (the common pool may have one on a 2-core machine)
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> other = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(s -> {
                    locks.lock(base.titleId());
                    held.countDown();
                    await(release);
                }),
                threads);
        assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> opening = CompletableFuture.supplyAsync(
                () -> transactions.execute(
                        s -> opener.open(ref, regulation, "MAJOR_INCIDENT", "REGISTER:race", null, null, List.of())
                                .isPresent()),
                threads);

        // the opener does not decide "absent, so open" while the other judge may be opening the same
        org.awaitility.Awaitility.await()
                .during(java.time.Duration.ofSeconds(2))
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> !opening.isDone());
        release.countDown();
        other.get(60, TimeUnit.SECONDS);

        assertThat(opening.get(60, TimeUnit.SECONDS)).isTrue();
        Boolean again = transactions.execute(
                s -> opener.open(ref, regulation, "MAJOR_INCIDENT", "REGISTER:race", null, null, List.of())
                        .isPresent());
        assertThat(again).isFalse();
        threads.shutdown();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enforcement_proposal where title_id = ? and trigger_key = 'REGISTER:race'",
                        Long.class,
                        base.titleId()))
                .isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
