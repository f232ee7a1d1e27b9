package cn.ecozone.dossier.internal.demo;

import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.dossier.DossierFilter;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.dossier.internal.RoundEntity;
import cn.ecozone.dossier.internal.Rounds;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application dossiers of the titled demo subjects (demo profile only, issue 13), labelled
 * 演示数据（合成）: each candidacy of {@code candidacy.internal.demo.DemoTitledCandidacies} gets a dossier in a
 * round of its naming year, filled and submitted by its county's demo account and moved through its
 * chain by the demo accounts of each step, through the dossier façade as the pages do. Guizhou's (GZ-TWOMTN
 * v2, arts. 9–15) stop at the department's designation (art. 16), which {@code title.internal.demo.DemoTitles}
 * records; Inner Mongolia's (v1, arts. 13–16) end with the subject's national-platform submission (v1 has no
 * step for the Ministry's result). Only the past round and the draft are written directly (a façade opens
 * rounds and drafts only today); the steps' dates are today's. Does nothing for a candidacy that has a
 * dossier.
 */
@Component
@Profile("demo")
@Order(57)
class DemoTitledDossiers implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoTitledDossiers.class);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * A titled demo subject: its region, programme, the demo account of its government and the day it
     * is named (years and days before today; the same days as {@code title.internal.demo.DemoTitles}).
     */
    record Subject(String region, Programme programme, String account, int yearsAgo, int daysAgo) {

        LocalDate namedOn(LocalDate today) {
            return today.minusYears(yearsAgo).minusDays(daysAgo);
        }
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("152527", Programme.ECO_CIVILIZATION_ZONE, "tps.gov", 2, 10),
            new Subject("152527", Programme.TWO_MOUNTAINS_BASE, "tps.gov", 1, 20),
            new Subject("520328", Programme.TWO_MOUNTAINS_BASE, "mt.gov", 3, 10),
            new Subject("520329", Programme.TWO_MOUNTAINS_BASE, "yq.gov", 0, 40));

    /** Who acts at each step (IM eco-civ arts. 13–16, IM Two Mountains arts. 11–14, GZ arts. 9–15). */
    private static final Map<String, String> ACTORS = Map.ofEntries(
            Map.entry("INITIAL_SELECTION", "xl.bureau"),
            Map.entry("DIVISION_CHECK", "im.reviewer"),
            Map.entry("EXPERT_SCORING", "im.staff"),
            Map.entry("PRE_REVIEW_OPINION", "im.staff"),
            Map.entry("CULTIVATE", "zy.bureau"),
            Map.entry("CONSENT", "zy.gov"),
            Map.entry("RECOMMEND", "zy.gov"),
            Map.entry("DOCUMENT_REVIEW", "gz.staff"),
            Map.entry("SITE_CHECK", "gz.staff"),
            Map.entry("SELECTION", "gz.staff"),
            Map.entry("PROVINCE_PUBLICITY", "gz.staff"));

    private static final String OPINION = DemoDossiers.LABEL + "经审核，同意（演示意见）";

    private final DossierManagement dossiers;
    private final CandidacyManagement candidacies;
    private final Rounds roundRows;
    private final Dossiers dossierRows;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final DemoReviewPath filling;
    private final DemoActors actors;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTitledDossiers(
            DossierManagement dossiers,
            CandidacyManagement candidacies,
            Rounds roundRows,
            Dossiers dossierRows,
            RegulationManagement regulations,
            RegionManagement regions,
            DemoReviewPath filling,
            DemoActors actors,
            TransactionTemplate transaction,
            Clock clock) {
        this.dossiers = dossiers;
        this.candidacies = candidacies;
        this.roundRows = roundRows;
        this.dossierRows = dossierRows;
        this.regulations = regulations;
        this.regions = regions;
        this.filling = filling;
        this.actors = actors;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run() {
        Optional<Actor> im = actors.of("im.staff");
        Optional<Actor> gz = actors.of("gz.staff");
        if (im.isEmpty() || gz.isEmpty()) {
            log.info("Demo titled dossiers skipped: their demo accounts are missing");
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        int made = 0;
        for (Subject s : SUBJECTS) {
            Actor province = s.region().startsWith("15") ? im.get() : gz.get();
            Optional<CandidacyView> c =
                    candidacies
                            .list(new CandidacyFilter(s.programme(), null, s.region(), null), 0, 1, province)
                            .content()
                            .stream()
                            .filter(x -> x.state() == CandidacyState.RESERVE)
                            .findFirst();
            boolean hasDossier = dossiers.list(new DossierFilter(null, s.programme(), s.region(), null), 0, 1, province)
                            .totalElements()
                    > 0;
            Optional<Actor> subject = actors.of(s.account());
            if (c.isEmpty() || hasDossier || subject.isEmpty()) {
                continue;
            }
            DossierView d = dossiers.view(draft(c.get(), s.namedOn(today)), subject.get());
            d = filling.submit(d, subject.get());
            d = walk(d, s.account());
            made++;
            log.info(
                    "Demo titled dossier: {} {}",
                    d.regionName(),
                    d.run().currentStepCode() == null
                            ? d.run().state()
                            : "at " + d.run().currentStepCode());
        }
        if (made > 0) {
            log.info("Demo titled dossiers: {} made ({} ms)", made, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Acts at each step by its demo account (PASS where the step asks for an outcome) until the chain stops. */
    private DossierView walk(DossierView d, String subjectAccount) {
        while (d.run() != null && d.run().currentStepCode() != null) {
            String step = d.run().currentStepCode();
            String account = "NATIONAL_PLATFORM".equals(step) ? subjectAccount : ACTORS.get(step);
            if ("PUBLICITY".equals(step)) {
                account = d.regionCode().startsWith("15") ? "im.staff" : "zy.gov";
            }
            Optional<Actor> actor = account == null ? Optional.empty() : actors.of(account);
            if (actor.isEmpty()) {
                return d; // the designation (GZ art. 16) is the title module's
            }
            DossierView seen = dossiers.view(d.id(), actor.get());
            Optional<RunView.AllowedAction> act = seen.run().allowedActions().stream()
                    .filter(a -> "ACT".equals(a.action()) && step.equals(a.stepCode()))
                    .findFirst();
            if (act.isEmpty()) {
                return seen;
            }
            List<String> outcomes =
                    act.get().outcomes() == null ? List.of() : act.get().outcomes();
            String outcome = outcomes.isEmpty() ? null : outcomes.contains("PASS") ? "PASS" : outcomes.getFirst();
            d = dossiers.act(d.id(), "ACT", OPINION, outcome, act.get().taskId(), seen.version(), actor.get());
        }
        return d;
    }

    /**
     * The candidacy's draft in a round of its naming year (before the naming day): for Guizhou the yearly
     * window's round (art. 11, shared with other drafts of that window), for Inner Mongolia a round of the
     * Ministry's call some eight months before the naming.
     */
    private long draft(CandidacyView c, LocalDate namedOn) {
        Regulation r =
                regulations.find(c.regulationCode(), c.regulationVersion()).orElseThrow();
        ApplicationRules.Window window = r.application().window();
        Region region = regions.require(c.regionCode());
        return transaction.execute(s -> {
            RoundEntity round;
            if (window.yearly() != null) {
                int year = namedOn.isAfter(window.yearly().closes().atYear(namedOn.getYear()))
                        ? namedOn.getYear()
                        : namedOn.getYear() - 1;
                round = round(
                        r,
                        year + "年度申报",
                        window.yearly().opens().atYear(year),
                        window.yearly().closes().atYear(year),
                        "system");
            } else {
                LocalDate opens = namedOn.minusMonths(10);
                String kind = c.programme() == Programme.ECO_CIVILIZATION_ZONE ? "国家生态文明建设示范区" : "“绿水青山就是金山银山”实践创新基地";
                round = round(
                        r,
                        DemoDossiers.LABEL + opens.getYear() + "年" + kind + "申报（已命名示例）",
                        opens,
                        namedOn.minusMonths(8),
                        "im.staff");
            }
            return dossierRows
                    .saveAndFlush(new DossierEntity(
                            c.id(),
                            round.id(),
                            c.regionCode(),
                            region.path(),
                            c.unitId(),
                            c.subjectName(),
                            region.level(),
                            c.programme(),
                            c.regulationCode(),
                            c.regulationVersion(),
                            "demo",
                            clock.instant()))
                    .id();
        });
    }

    private RoundEntity round(Regulation r, String title, LocalDate opens, LocalDate closes, String by) {
        return roundRows
                .findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(r.code(), r.jurisdiction(), opens, title)
                .orElseGet(() -> roundRows.saveAndFlush(new RoundEntity(
                        r.programme(),
                        r.code(),
                        r.version(),
                        r.jurisdiction(),
                        title,
                        opens,
                        closes,
                        null,
                        r.application().window().kind(),
                        by,
                        clock.instant())));
    }
}
