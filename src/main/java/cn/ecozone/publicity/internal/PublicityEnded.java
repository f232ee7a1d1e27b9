package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.publicity.NoticeManagement;
import cn.ecozone.regulation.Requirement;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Requirement#PUBLICITY_ENDED}: a published notice of the step lists the dossier's run for the
 * step's current opening, and today (Beijing) is after its last day (IM eco-civ art. 14(三); Guizhou arts.
 * 10 and 15). A notice of an earlier visit does not count: a dossier returned past the step and brought
 * back is publicised anew (ADR 0027).
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
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        Map<Long, Context> asked = new HashMap<>();
        for (Context c : contexts) {
            if ("DOSSIER".equals(c.subjectType())) {
                asked.put(c.runId(), c);
            } else {
                unmet.put(c.runId(), Unmet.of(requirement(), "publicity.requirement.not-published"));
            }
        }
        Map<Long, LocalDate> lastDay = new HashMap<>();
        if (!asked.isEmpty()) {
            jdbc.sql("select e.run_id, e.step_code, e.opening, n.ends_on from publicity_notice_entry e"
                            + " join publicity_notice n on n.id = e.notice_id"
                            + " where e.run_id in (:runs) and n.state = 'PUBLISHED' and e.opening is not null")
                    .param("runs", asked.keySet())
                    .query((rs, n) -> {
                        Context c = asked.get(rs.getLong(1));
                        if (c.stepCode().equals(rs.getString(2)) && c.opening() == rs.getInt(3)) {
                            lastDay.merge(
                                    c.runId(),
                                    rs.getObject(4, Date.class).toLocalDate(),
                                    (a, b) -> a.isAfter(b) ? a : b);
                        }
                        return n;
                    })
                    .list();
        }
        LocalDate today = LocalDate.now(clock.withZone(NoticeManagement.ZONE));
        for (Context c : asked.values()) {
            LocalDate last = lastDay.get(c.runId());
            if (last == null) {
                unmet.put(c.runId(), Unmet.of(requirement(), "publicity.requirement.not-published"));
            } else if (!today.isAfter(last)) {
                unmet.put(c.runId(), Unmet.of(requirement(), "publicity.requirement.running", last.toString()));
            }
        }
        return unmet;
    }
}
