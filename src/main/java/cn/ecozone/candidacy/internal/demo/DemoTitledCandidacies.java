package cn.ecozone.candidacy.internal.demo;

import cn.ecozone.candidacy.CandidacyFilter;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.internal.Candidacies;
import cn.ecozone.candidacy.internal.CandidacyEntity;
import cn.ecozone.candidacy.internal.CandidacySteps;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidacies of the titled demo subjects (demo profile only, issue 13), noted 演示数据（合成）: 太仆寺旗's
 * eco-civilization zone and Two Mountains base in Inner Mongolia (one candidacy per subject and
 * programme), 湄潭县's and 余庆县's Two Mountains bases in Guizhou. Each is pinned to the earliest version of its regulation whose application
 * chain requires no record of another module (IM-ECOCIV-2022 v1, IM-TWOMTN-2022 v1, GZ-TWOMTN-2021 v2;
 * ADR 0027), so that the demo can walk the chain at start-up with every step by its role
 * ({@code dossier.internal.demo.DemoTitledDossiers}) and name them on days in the past
 * ({@code title.internal.demo.DemoTitles}). A candidacy cannot be pinned through the façade (it pins the
 * version in force today), hence this task in the module that owns the rows. Does nothing when they exist.
 */
@Component
@Profile("demo")
@Order(55)
class DemoTitledCandidacies implements StartupTask {

    static final String NOTE = "演示数据（合成），已命名示例（按无登记要求的规程版本走完申报链）";

    /** A titled demo subject: its region, programme, keeper and the version its candidacy is pinned to. */
    record Pinned(String region, Programme programme, String regulationCode, int version, Actor keeper) {}

    private static Actor actor(String username, Role role, String region, String path) {
        return new Actor(0, username, username + "（演示）", role, 0, "演示", region, path, false);
    }

    private static final Actor IM_DEPARTMENT = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/");
    private static final Actor GZ_DEPARTMENT = actor("gz.staff", Role.PROVINCE_STAFF, "520000", "/520000/");

    static final List<Pinned> PINNED = List.of(
            new Pinned("152527", Programme.ECO_CIVILIZATION_ZONE, "IM-ECOCIV-2022", 1, IM_DEPARTMENT),
            new Pinned("152527", Programme.TWO_MOUNTAINS_BASE, "IM-TWOMTN-2022", 1, IM_DEPARTMENT),
            new Pinned("520328", Programme.TWO_MOUNTAINS_BASE, "GZ-TWOMTN-2021", 2, GZ_DEPARTMENT),
            new Pinned("520329", Programme.TWO_MOUNTAINS_BASE, "GZ-TWOMTN-2021", 2, GZ_DEPARTMENT));

    private final CandidacyManagement candidacies;
    private final Candidacies rows;
    private final CandidacySteps steps;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoTitledCandidacies(
            CandidacyManagement candidacies,
            Candidacies rows,
            CandidacySteps steps,
            RegulationManagement regulations,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.candidacies = candidacies;
        this.rows = rows;
        this.steps = steps;
        this.regulations = regulations;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        for (Pinned p : PINNED) {
            boolean exists = candidacies
                            .list(new CandidacyFilter(p.programme(), null, p.region(), null), 0, 1, p.keeper())
                            .totalElements()
                    > 0;
            if (exists || regulations.find(p.regulationCode(), p.version()).isEmpty()) {
                continue;
            }
            Region region = regions.require(p.region());
            CandidacyEntity c = rows.saveAndFlush(new CandidacyEntity(
                    region.code(),
                    region.path(),
                    null,
                    region.name(),
                    p.programme(),
                    p.regulationCode(),
                    p.version(),
                    NOTE,
                    p.keeper(),
                    clock.instant()));
            steps.saveAll(c.drainSteps());
            c.drainEvents().forEach(events::publishEvent);
        }
    }
}
