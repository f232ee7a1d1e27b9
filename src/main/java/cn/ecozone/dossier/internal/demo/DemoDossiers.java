package cn.ecozone.dossier.internal.demo;

import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyInput;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierParts;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.dossier.internal.RoundEntity;
import cn.ecozone.dossier.internal.Rounds;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo dossiers (demo profile only), labelled “演示数据（合成）”: an open Inner Mongolia Two Mountains round
 * with a draft of 锡林浩特市 (typical story and abstract filled), and a Guizhou draft of 赤水市 in the
 * round of this year's window (or, before it opens, of last year's), so that the demo accounts of both
 * provinces, their leagues and cities and their counties each see one. They run after the demo
 * candidacies and plans.
 */
@Component
@Profile("demo")
@Order(40)
class DemoDossiers implements StartupTask {

    static final String LABEL = "【演示数据（合成）】";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Actor actor(String username, Role role, String region, String path) {
        return new Actor(0, username, username + "（演示）", role, 0, "演示", region, path, false);
    }

    private static final Actor IM_DEPARTMENT = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/");
    private static final Actor XILINHOT = actor("xlht.gov", Role.COUNTY_GOVERNMENT, "152502", "/150000/152500/152502/");
    private static final Actor GZ_DEPARTMENT = actor("gz.staff", Role.PROVINCE_STAFF, "520000", "/520000/");

    private final DossierManagement dossiers;
    private final RoundManagement rounds;
    private final CandidacyManagement candidacies;
    private final Rounds roundRows;
    private final Dossiers dossierRows;
    private final DossierParts parts;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDossiers(
            DossierManagement dossiers,
            RoundManagement rounds,
            CandidacyManagement candidacies,
            Rounds roundRows,
            Dossiers dossierRows,
            DossierParts parts,
            RegulationManagement regulations,
            RegionManagement regions,
            TransactionTemplate transaction,
            Clock clock) {
        this.dossiers = dossiers;
        this.rounds = rounds;
        this.candidacies = candidacies;
        this.roundRows = roundRows;
        this.dossierRows = dossierRows;
        this.parts = parts;
        this.regulations = regulations;
        this.regions = regions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (dossierRows.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        candidacy(IM_DEPARTMENT, "152502", Programme.TWO_MOUNTAINS_BASE).ifPresent(c -> {
            RoundView round = rounds.create(
                    new RoundManagement.RoundInput(
                            Programme.TWO_MOUNTAINS_BASE,
                            LABEL + today.getYear() + "年“绿水青山就是金山银山”实践创新基地遴选",
                            today.minusDays(30),
                            today.plusDays(60),
                            "环办生态函（演示）"),
                    IM_DEPARTMENT);
            DossierView d = dossiers.create(c.id(), round.id(), XILINHOT);
            d = dossiers.text(d.id(), "TYPICAL_STORY", LABEL + story(), d.version(), XILINHOT);
            d = dossiers.text(
                    d.id(), "ABSTRACT", LABEL + "锡林浩特市草原生态保护与“两山”转化的摘要（演示）。".repeat(18), d.version(), XILINHOT);
            dossiers.answer(d.id(), "GOOD_ENVIRONMENT", LABEL + "草原植被盖度逐年提高（演示答复）", List.of(), d.version(), XILINHOT);
        });
        // 赤水市, where the demo county account sits, gets a candidacy of its own
        CandidacyView chishui = candidacy(GZ_DEPARTMENT, "520381", Programme.TWO_MOUNTAINS_BASE)
                .orElseGet(() -> candidacies.create(
                        new CandidacyInput("520381", null, Programme.TWO_MOUNTAINS_BASE, "演示数据（合成），不是真实的创建记录"),
                        GZ_DEPARTMENT));
        guizhou(chishui, today);
    }

    /** Guizhou's window is the first half of the year: the demo draft sits in the round of the latest window. */
    private void guizhou(CandidacyView c, LocalDate today) {
        windowDraft(c, today)
                .ifPresent(id ->
                        parts.answer(id, "CONVERSION_RESULTS", LABEL + "茶旅融合带动农民增收（演示答复）", List.of(), clock.instant()));
    }

    /**
     * A draft of the candidacy in the round of its regulation's latest yearly window (made if missing),
     * written directly because the window may be closed today (the demo shows a dossier of the last
     * window all year); empty when the regulation has no yearly window. Everything after the draft goes
     * through the façades.
     */
    Optional<Long> windowDraft(CandidacyView c, LocalDate today) {
        Regulation r =
                regulations.find(c.regulationCode(), c.regulationVersion()).orElseThrow();
        var yearly = r.application().window().yearly();
        if (yearly == null) {
            return Optional.empty();
        }
        int year = today.isBefore(yearly.opens().atYear(today.getYear())) ? today.getYear() - 1 : today.getYear();
        var region = regions.require(c.regionCode());
        return Optional.of(transaction.execute(s -> {
            String title = year + "年度申报";
            RoundEntity round = roundRows
                    .findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(
                            r.code(), r.jurisdiction(), yearly.opens().atYear(year), title)
                    .orElseGet(() -> roundRows.saveAndFlush(new RoundEntity(
                            r.programme(),
                            r.code(),
                            r.version(),
                            r.jurisdiction(),
                            title,
                            yearly.opens().atYear(year),
                            yearly.closes().atYear(year),
                            null,
                            r.application().window().kind(),
                            "system",
                            clock.instant())));
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
        }));
    }

    private Optional<CandidacyView> candidacy(Actor keeper, String region, Programme programme) {
        return candidacies.list(new CandidacyFilter(programme, null, region, null), 0, 1, keeper).content().stream()
                .findFirst();
    }

    private static String story() {
        return "锡林浩特市地处锡林郭勒草原腹地，坚持生态优先、绿色发展，推进草原保护与牧区绿色转型（演示文字）。".repeat(42);
    }
}
