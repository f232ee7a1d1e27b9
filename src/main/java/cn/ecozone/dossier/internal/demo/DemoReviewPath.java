package cn.ecozone.dossier.internal.demo;

import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyInput;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.document.Upload;
import cn.ecozone.dossier.DossierDocuments;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo dossiers on the review path (demo profile only), labelled “演示数据（合成）”, each submitted with
 * filled materials and moved by its demo accounts through the dossier façade, so that every role on the
 * path finds a real example: in Inner Mongolia's eco-civilization round, 苏尼特左旗 waits for the league
 * bureau's initial selection (art. 13), 苏尼特右旗 for the division's check (art. 14(一)) and 西乌珠穆沁旗 for
 * the expert panel (art. 14(二); review's demo draws it); in Guizhou, 汇川区 waits at the municipal
 * publicity (GZ art. 10) after the bureau's cultivation and the government's consent (art. 9).
 * Runs after the demo accounts, candidacies and draft dossiers; does nothing when its dossiers exist.
 */
@Component
@Profile("demo")
@Order(45)
class DemoReviewPath implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewPath.class);

    private static final String LABEL = DemoDossiers.LABEL;

    private static final String OPINION = LABEL + "材料齐全，符合申报条件，同意报送（演示意见）";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DossierManagement dossiers;
    private final DossierDocuments files;
    private final RoundManagement rounds;
    private final CandidacyManagement candidacies;
    private final RegionManagement regions;
    private final DemoDossiers drafts;
    private final DemoActors actors;
    private final Clock clock;

    DemoReviewPath(
            DossierManagement dossiers,
            DossierDocuments files,
            RoundManagement rounds,
            CandidacyManagement candidacies,
            RegionManagement regions,
            DemoDossiers drafts,
            DemoActors actors,
            Clock clock) {
        this.dossiers = dossiers;
        this.files = files;
        this.rounds = rounds;
        this.candidacies = candidacies;
        this.regions = regions;
        this.drafts = drafts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void run() {
        Optional<Actor> department = actors.of("im.staff");
        Optional<Actor> league = actors.of("xl.bureau");
        Optional<Actor> division = actors.of("im.reviewer");
        if (department.isEmpty() || league.isEmpty() || division.isEmpty()) {
            log.info("Demo review path skipped: its demo accounts are missing");
            return;
        }
        if (candidacy(department.get(), "152523", Programme.ECO_CIVILIZATION_ZONE)
                .isPresent()) {
            return; // made at an earlier start
        }
        // counties of their own (the other demo candidacies keep their states; no demo register excludes these)
        CandidacyView sunitLeft = candidate(department.get(), "152523");
        CandidacyView sunitRight = candidate(department.get(), "152524");
        CandidacyView westUjimqin = candidate(department.get(), "152526");
        long start = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        RoundView round = rounds.create(
                new RoundManagement.RoundInput(
                        Programme.ECO_CIVILIZATION_ZONE,
                        LABEL + today.getYear() + "年国家生态文明建设示范区申报",
                        today.minusDays(30),
                        today.plusDays(60),
                        "内环办函（演示）"),
                department.get());
        // IM eco-civ arts. 13–14: the subject submits, the league bureau selects, each division checks
        DossierView e = submitted(sunitLeft, round.id());
        DossierView d = act(submitted(sunitRight, round.id()), league.get());
        DossierView a = act(act(submitted(westUjimqin, round.id()), league.get()), division.get());
        log.info(
                "Demo review path: {} at {}, {} at {}, {} at {} ({} ms)",
                e.regionName(),
                step(e),
                d.regionName(),
                step(d),
                a.regionName(),
                step(a),
                (System.nanoTime() - start) / 1_000_000);
        guizhou(today);
    }

    /** GZ arts. 9–10: 汇川区's dossier of the latest window, cultivated, consented, waiting for publicity. */
    private void guizhou(LocalDate today) {
        Optional<Actor> bureau = actors.of("zy.bureau");
        Optional<Actor> government = actors.of("zy.gov");
        Optional<CandidacyView> huichuan = bureau.flatMap(b -> candidacy(b, "520303", Programme.TWO_MOUNTAINS_BASE));
        if (bureau.isEmpty() || government.isEmpty() || huichuan.isEmpty()) {
            return;
        }
        Actor subject = subject(huichuan.get());
        long start = System.nanoTime();
        drafts.windowDraft(huichuan.get(), today).ifPresent(id -> {
            DossierView g = submit(dossiers.view(id, subject), subject);
            g = act(act(g, bureau.get()), government.get());
            log.info(
                    "Demo review path: {} at {} ({} ms)",
                    g.regionName(),
                    step(g),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    private DossierView submitted(CandidacyView c, long roundId) {
        Actor subject = subject(c);
        return submit(dossiers.create(c.id(), roundId, subject), subject);
    }

    /** Fills every material (text of the target length, the files a material needs), answers every condition, submits. */
    DossierView submit(DossierView d, Actor subject) {
        for (DossierView.MaterialView m : d.materials()) {
            switch (m.kind()) {
                case TEXT ->
                    d = dossiers.text(d.id(), m.code(), text(m.tolerance().target()), d.version(), subject);
                case PHOTOS -> {
                    int count = m.minCount() == null ? 1 : m.minCount();
                    for (int i = 1; i <= count; i++) {
                        d = files.attach(
                                d.id(),
                                m.code(),
                                Upload.of("现场照片" + i + "（演示）.png", DemoFiles.PNG),
                                d.version(),
                                subject);
                    }
                }
                default ->
                    d = files.attach(
                            d.id(), m.code(), Upload.of(m.nameZh() + "（演示）.pdf", DemoFiles.PDF), d.version(), subject);
            }
        }
        for (DossierView.ConditionView c : d.eligibility()) {
            d = dossiers.answer(d.id(), c.code(), LABEL + "经自查符合本项条件（演示答复）", List.of(), d.version(), subject);
        }
        return dossiers.submit(d.id(), d.version(), subject);
    }

    /** Completes the step waiting for {@code actor} with the demo opinion. */
    private DossierView act(DossierView d, Actor actor) {
        return dossiers.act(d.id(), "ACT", OPINION, null, null, d.version(), actor);
    }

    private Actor subject(CandidacyView c) {
        return DemoActors.subject(
                "demo." + c.regionCode(),
                c.regionCode(),
                regions.require(c.regionCode()).path());
    }

    private CandidacyView candidate(Actor department, String region) {
        return candidacies.create(
                new CandidacyInput(region, null, Programme.ECO_CIVILIZATION_ZONE, "演示数据（合成），不是真实的创建记录"), department);
    }

    private Optional<CandidacyView> candidacy(Actor keeper, String region, Programme programme) {
        return candidacies.list(new CandidacyFilter(programme, null, region, null), 0, 1, keeper).content().stream()
                .findFirst();
    }

    private static String step(DossierView d) {
        return d.run() == null ? d.state().name() : d.run().currentStepCode();
    }

    /** Demo text of exactly {@code length} characters (a Chinese reader's count), starting with the label. */
    private static String text(int length) {
        String sentence = "坚持生态优先、绿色发展，推进生态文明示范建设，成效显著（演示文字）";
        StringBuilder b = new StringBuilder(LABEL);
        while (b.codePointCount(0, b.length()) < length) {
            b.append(sentence);
        }
        return b.substring(0, b.offsetByCodePoints(0, length));
    }
}
