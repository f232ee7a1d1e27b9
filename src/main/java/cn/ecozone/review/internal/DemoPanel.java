package cn.ecozone.review.internal;

import cn.ecozone.dossier.RoundFilter;
import cn.ecozone.dossier.RoundListing;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.review.PanelManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo expert panel (demo profile only): in the Inner Mongolia demo eco-civilization round (the
 * dossier module's demo, labelled 演示数据（合成）), the department draws the panel of the dossiers waiting
 * at EXPERT_SCORING (IM eco-civ art. 14(二)) from the pool's 生态 experts, and adds the demo {@code expert}
 * account's expert by name when the draw left them out, so that the expert opens a scoring sheet. Runs
 * after the demo experts and the demo review path; does nothing when the round has a panel.
 */
@Component
@Profile("demo")
@Order(50)
class DemoPanel implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoPanel.class);

    static final String STEP = "EXPERT_SCORING";

    private static final String LABEL = "【演示数据（合成）】";

    private static final Actor DEPARTMENT =
            new Actor(0, "im.staff", "im.staff（演示）", Role.PROVINCE_STAFF, 0, "演示", "150000", "/150000/", false);

    private final PanelManagement panels;
    private final RoundListing rounds;
    private final Experts experts;
    private final JdbcClient jdbc;

    DemoPanel(PanelManagement panels, RoundListing rounds, Experts experts, JdbcClient jdbc) {
        this.panels = panels;
        this.rounds = rounds;
        this.experts = experts;
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        Optional<RoundView> round = rounds
                .list(new RoundFilter(Programme.ECO_CIVILIZATION_ZONE, null, null, null, null), 0, 20, DEPARTMENT)
                .content()
                .stream()
                .filter(r -> r.title().startsWith(LABEL))
                .findFirst();
        if (round.isEmpty() || !panels.ofRound(round.get().id(), DEPARTMENT).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        PanelManagement.PanelView panel =
                panels.draw(new PanelManagement.DrawInput(round.get().id(), STEP, "生态", 3, 0), DEPARTMENT);
        demoExpert().ifPresent(expertId -> {
            if (panel.members().stream().noneMatch(m -> m.expertId() == expertId)) {
                panels.add(panel.id(), expertId, LABEL + "演示：让演示专家账户看到评分表", DEPARTMENT);
            }
        });
        log.info("Demo panel drawn at {} ({} ms)", STEP, (System.nanoTime() - start) / 1_000_000);
    }

    /** The pool expert linked to the demo {@code expert} account (demo experts link it). */
    private Optional<Long> demoExpert() {
        return jdbc.sql("select id from user_account where username = 'expert'")
                .query(Long.class)
                .optional()
                .flatMap(experts::findByUserId)
                .map(ExpertEntity::id);
    }
}
