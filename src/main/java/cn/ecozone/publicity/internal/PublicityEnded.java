package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.publicity.NoticeManagement;
import cn.ecozone.regulation.Requirement;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Requirement#PUBLICITY_ENDED}: a published notice of the step lists the dossier and today
 * (Beijing) is after its last day (IM eco-civ art. 14(三); Guizhou arts. 10 and 15).
 */
@Component
class PublicityEnded implements StepRequirement {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicityEnded(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Requirement requirement() {
        return Requirement.PUBLICITY_ENDED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        List<LocalDate> ends = jdbc.sql("select n.ends_on from publicity_notice n join publicity_notice_entry e"
                        + " on e.notice_id = n.id where e.dossier_id = :dossier and n.step_code = :step"
                        + " and n.state = 'PUBLISHED' order by n.ends_on desc")
                .param("dossier", context.subjectId())
                .param("step", context.stepCode())
                .query((rs, n) -> rs.getObject(1, Date.class).toLocalDate())
                .list();
        if (!"DOSSIER".equals(context.subjectType()) || ends.isEmpty()) {
            return Optional.of(Unmet.of(requirement(), "publicity.requirement.not-published"));
        }
        LocalDate today = LocalDate.now(clock.withZone(NoticeManagement.ZONE));
        LocalDate last = ends.getFirst();
        return today.isAfter(last)
                ? Optional.empty()
                : Optional.of(Unmet.of(requirement(), "publicity.requirement.running", last.toString()));
    }
}
