package cn.ecozone.title.internal.demo;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierFilter;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import cn.ecozone.title.NamingInput;
import cn.ecozone.title.NamingManagement;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.internal.NamingEntity;
import cn.ecozone.title.internal.Namings;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The titled demo subjects (demo profile only, issue 13), so that the modules of the title's later life
 * (reports, checks, enforcement, rewards, cases) have real examples in both provinces:
 *
 * <ul>
 *   <li>太仆寺旗 (152527), national eco-civilization zone named today − 2 years − 10 days: its 2-year on-site
 *       check has fallen due (IM eco-civ art. 19);
 *   <li>太仆寺旗 (152527) again, national Two Mountains base named today − 1 year − 20 days (IM Two
 *       Mountains art. 17: its first annual summary; a subject holds one title per programme);
 *   <li>湄潭县 (520328), Guizhou base named today − 3 years − 10 days: its 3-year post-evaluation has fallen
 *       due (GZ art. 22) and, by the 3-year validity of art. 16, the title has just expired by date;
 *   <li>余庆县 (520329), Guizhou base named today − 40 days.
 * </ul>
 *
 * Guizhou's are named through {@link NamingManagement} at the designation their demo dossiers wait at
 * (GZ art. 16), with the naming document dated in the past. Inner Mongolia's chains are pinned to v1
 * (the versions whose steps require no panel, notice or opinion on record, which a start-up task cannot
 * finish in the past), and v1 has no step for the Ministry's result: their naming is recorded here as the
 * department records the Ministry's result, with the validity of the version in force (3 years,
 * uncertain) because v1 names none. Runs after the demo dossiers (order 57); does nothing for a subject
 * that holds its title.
 */
@Component
@Profile("demo")
@Order(60)
class DemoTitles implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoTitles.class);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A titled demo subject and the day it is named (years and days before today). */
    record Subject(String region, Programme programme, int yearsAgo, int daysAgo, String documentNumber) {

        LocalDate namedOn(LocalDate today) {
            return today.minusYears(yearsAgo).minusDays(daysAgo);
        }

        String documentNumber(LocalDate today) {
            return documentNumber.replace(
                    "YYYY", Integer.toString(namedOn(today).getYear()));
        }
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("152527", Programme.ECO_CIVILIZATION_ZONE, 2, 10, "环生态〔YYYY〕演示1号"),
            new Subject("152527", Programme.TWO_MOUNTAINS_BASE, 1, 20, "环生态〔YYYY〕演示2号"),
            new Subject("520328", Programme.TWO_MOUNTAINS_BASE, 3, 10, "黔环函〔YYYY〕演示1号"),
            new Subject("520329", Programme.TWO_MOUNTAINS_BASE, 0, 40, "黔环函〔YYYY〕演示2号"));

    private static Actor department(String username, String region, String name) {
        return new Actor(
                0, username, username + "（演示）", Role.PROVINCE_STAFF, 0, name, region, "/" + region + "/", false);
    }

    private static final Actor IM_DEPARTMENT = department("im.staff", "150000", "内蒙古自治区生态环境厅");
    private static final Actor GZ_DEPARTMENT = department("gz.staff", "520000", "贵州省生态环境厅");

    private final NamingManagement namings;
    private final TitleRecords titles;
    private final Namings namingRows;
    private final Titles titleRows;
    private final DossierManagement dossiers;
    private final CandidacyManagement candidacies;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTitles(
            NamingManagement namings,
            TitleRecords titles,
            Namings namingRows,
            Titles titleRows,
            DossierManagement dossiers,
            CandidacyManagement candidacies,
            RegulationManagement regulations,
            RegionManagement regions,
            TransactionTemplate transaction,
            Clock clock) {
        this.namings = namings;
        this.titles = titles;
        this.namingRows = namingRows;
        this.titleRows = titleRows;
        this.dossiers = dossiers;
        this.candidacies = candidacies;
        this.regulations = regulations;
        this.regions = regions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        int named = 0;
        for (Subject s : SUBJECTS) {
            if (titles.ofRegion(s.region(), s.programme()).isPresent()) {
                continue;
            }
            boolean guizhou = s.region().startsWith("52");
            Actor department = guizhou ? GZ_DEPARTMENT : IM_DEPARTMENT;
            Optional<DossierView> d = dossier(s, department);
            if (d.isEmpty()) {
                continue;
            }
            if (guizhou) {
                designated(d.get(), s, today);
            } else {
                ministryResult(d.get(), s, today);
            }
            named++;
        }
        if (named > 0) {
            log.info("Demo titles: {} named ({} ms)", named, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The subject's submitted demo dossier, as the department sees it. */
    private Optional<DossierView> dossier(Subject s, Actor department) {
        return dossiers
                .list(new DossierFilter(null, s.programme(), s.region(), null), 0, 5, department)
                .content()
                .stream()
                .filter(x -> x.submittedOn() != null)
                .map(DossierSummary::id)
                .findFirst()
                .map(id -> dossiers.view(id, department));
    }

    /** GZ art. 16: the department names at the designation the dossier waits at. */
    private void designated(DossierView d, Subject s, LocalDate today) {
        if (d.run() == null || !NamingManagement.DESIGNATE.equals(d.run().currentStepCode())) {
            return;
        }
        namings.name(
                d.id(),
                new NamingInput(
                        true,
                        "贵州省生态环境厅",
                        s.documentNumber(today),
                        s.namedOn(today),
                        null,
                        d.run().version()),
                GZ_DEPARTMENT);
    }

    /**
     * IM eco-civ art. 15 / IM Two Mountains art. 13: the Ministry names; the department records the result
     * after the v1 chain has ended with the national-platform submission (art. 16 / art. 14).
     */
    private void ministryResult(DossierView d, Subject s, LocalDate today) {
        if (d.run() == null || !"FINISHED".equals(d.run().state())) {
            return;
        }
        var c = candidacies.view(d.candidacyId(), IM_DEPARTMENT);
        Regulation inForce = regulations.latest(c.regulationCode(), false);
        TitleRules.Validity validity = inForce.title().validity();
        Region region = regions.require(c.regionCode());
        transaction.executeWithoutResult(t -> {
            NamingEntity naming = namingRows.saveAndFlush(new NamingEntity(
                    d.id(),
                    c.id(),
                    d.run().id(),
                    NamingManagement.MINISTRY_RESULT,
                    1,
                    true,
                    "生态环境部",
                    s.documentNumber(today),
                    s.namedOn(today),
                    null,
                    IM_DEPARTMENT.username(),
                    clock.instant()));
            TitleEntity title = titleRows.saveAndFlush(new TitleEntity(
                    c.id(),
                    d.id(),
                    naming.id(),
                    region.code(),
                    region.path(),
                    c.subjectName(),
                    c.programme(),
                    c.regulationCode(),
                    c.regulationVersion(),
                    naming.namingBodyZh(),
                    naming.documentNumber(),
                    naming.decidedOn(),
                    validity.years(),
                    validity.citation() == null ? null : validity.citation().article(),
                    validity.citation() != null
                            && (validity.citation().uncertain()
                                    || validity.citation().silent()),
                    validity.citation() == null ? null : validity.citation().noteZh(),
                    clock.instant()));
            candidacies.titled(c.id(), title.id());
        });
    }
}
