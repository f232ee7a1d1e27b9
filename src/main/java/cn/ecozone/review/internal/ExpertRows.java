package cn.ecozone.review.internal;

import cn.ecozone.review.ExpertRelations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An expert's relations (employers, plans, ties) and integrity record, read for many experts in one
 * statement per table.
 */
@Component
public class ExpertRows {

    private final JdbcClient jdbc;

    ExpertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An integrity entry: NO_SHOW, RECUSAL_FAILURE or REMOVAL. */
    public record Integrity(long id, String kind, LocalDate occurredOn, String note, String recordedBy) {}

    public void addEmployment(long expertId, ExpertRelations.Employment e) {
        jdbc.sql("insert into review_employment (expert_id, employer, employer_region_code, employer_kind,"
                        + " drafted_for_code, from_date, to_date) values (?, ?, ?, ?, ?, ?, ?)")
                .params(expertId, e.employer(), e.regionCode(), e.kind(), e.draftedForCode(), e.from(), e.to())
                .update();
    }

    public void addPlan(long expertId, ExpertRelations.PlanPart p) {
        jdbc.sql("insert into review_plan_part (expert_id, region_code, part) values (?, ?, ?)")
                .params(expertId, p.regionCode(), p.part())
                .update();
    }

    public void addTie(long expertId, ExpertRelations.Tie t) {
        jdbc.sql("insert into review_tie (expert_id, region_code, note) values (?, ?, ?)")
                .params(expertId, t.regionCode(), t.note())
                .update();
    }

    /** Replaces the expert's relations with {@code record}'s. */
    public void replaceRelations(long expertId, ConflictRules.ExpertRecord record) {
        for (String table : List.of("review_employment", "review_plan_part", "review_tie")) {
            jdbc.sql(DELETES.get(table)).param(expertId).update();
        }
        record.employments().forEach(e -> addEmployment(expertId, e));
        record.plans().forEach(p -> addPlan(expertId, p));
        record.ties().forEach(t -> addTie(expertId, t));
    }

    private static final Map<String, String> DELETES = Map.of(
            "review_employment", "delete from review_employment where expert_id = ?",
            "review_plan_part", "delete from review_plan_part where expert_id = ?",
            "review_tie", "delete from review_tie where expert_id = ?");

    public void addIntegrity(long expertId, String kind, LocalDate on, String note, String by, Instant at) {
        jdbc.sql("insert into review_integrity (expert_id, kind, occurred_on, note, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(expertId, kind, on, note, by, java.sql.Timestamp.from(at))
                .update();
    }

    public List<Integrity> integrity(long expertId) {
        return jdbc.sql("select id, kind, occurred_on, note, recorded_by from review_integrity where expert_id = ?"
                        + " order by occurred_on, id")
                .param(expertId)
                .query((rs, n) -> new Integrity(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The records of the experts, relations included, by id; four statements whatever their number. */
    public Map<Long, ConflictRules.ExpertRecord> records(Collection<ExpertEntity> experts) {
        Map<Long, ConflictRules.ExpertRecord> out = new HashMap<>();
        if (experts.isEmpty()) {
            return out;
        }
        List<Long> ids = experts.stream().map(ExpertEntity::id).toList();
        Map<Long, List<ExpertRelations.Employment>> jobs = new HashMap<>();
        jdbc.sql("select expert_id, employer, employer_region_code, employer_kind, drafted_for_code, from_date,"
                        + " to_date from review_employment where expert_id in (:ids) order by from_date, id")
                .param("ids", ids)
                .query(rs -> {
                    jobs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ExpertRelations.Employment(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getObject(7, LocalDate.class)));
                });
        Map<Long, List<ExpertRelations.PlanPart>> plans = new HashMap<>();
        jdbc.sql("select expert_id, region_code, part from review_plan_part where expert_id in (:ids) order by id")
                .param("ids", ids)
                .query(rs -> {
                    plans.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ExpertRelations.PlanPart(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<ExpertRelations.Tie>> ties = new HashMap<>();
        jdbc.sql("select expert_id, region_code, note from review_tie where expert_id in (:ids) order by id")
                .param("ids", ids)
                .query(rs -> {
                    ties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ExpertRelations.Tie(rs.getString(2), rs.getString(3)));
                });
        for (ExpertEntity e : experts) {
            out.put(
                    e.id(),
                    new ConflictRules.ExpertRecord(
                            e.id(),
                            e.orgRegionPath(),
                            jobs.getOrDefault(e.id(), List.of()),
                            plans.getOrDefault(e.id(), List.of()),
                            ties.getOrDefault(e.id(), List.of())));
        }
        return out;
    }
}
