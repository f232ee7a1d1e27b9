package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The experts appointed to a case's review, per opening of the REVIEW step, and their scores. */
@Component
public class ReviewerRows {

    private final JdbcClient jdbc;

    ReviewerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An appointed expert. */
    public record Seat(long id, long caseId, int opening, long expertId, String name, long userId, Instant doneAt) {}

    public void appoint(long caseId, int opening, long expertId, String name, long userId, String by, Instant at) {
        jdbc.sql("insert into typical_case_reviewer (case_id, opening, expert_id, expert_name, user_id,"
                        + " appointed_by, appointed_at) values (:case, :opening, :expert, :name, :user, :by, :at)")
                .param("case", caseId)
                .param("opening", opening)
                .param("expert", expertId)
                .param("name", name)
                .param("user", userId)
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** The seats of the case's opening, in appointment order. */
    public List<Seat> seats(long caseId, int opening) {
        return jdbc.sql("select id, case_id, opening, expert_id, expert_name, user_id, done_at"
                        + " from typical_case_reviewer where case_id = :case and opening = :opening order by id")
                .param("case", caseId)
                .param("opening", opening)
                .query((rs, n) -> seat(rs))
                .list();
    }

    /** The seats of the case's latest appointment (the review it had last), in appointment order. */
    public List<Seat> latestSeats(long caseId) {
        return jdbc.sql("select id, case_id, opening, expert_id, expert_name, user_id, done_at"
                        + " from typical_case_reviewer where case_id = :case and opening ="
                        + " (select max(opening) from typical_case_reviewer where case_id = :case) order by id")
                .param("case", caseId)
                .query((rs, n) -> seat(rs))
                .list();
    }

    /** Whether each case's opening has seats, all done: by case id, for the requirement; one statement. */
    public Map<Long, Boolean> allDone(Collection<Long> caseIds, Map<Long, Integer> openings) {
        Map<Long, Boolean> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select case_id, opening, count(*), count(done_at) from typical_case_reviewer"
                        + " where case_id in (:ids) group by case_id, opening")
                .param("ids", caseIds)
                .query(rs -> {
                    long caseId = rs.getLong(1);
                    if (openings.get(caseId) != null && openings.get(caseId) == rs.getInt(2)) {
                        out.put(caseId, rs.getLong(3) > 0 && rs.getLong(3) == rs.getLong(4));
                    }
                });
        return out;
    }

    /** The seat of the user at the case's opening, locked for the score's write. */
    public Optional<Seat> seatOf(long caseId, int opening, long userId) {
        return jdbc.sql("select id, case_id, opening, expert_id, expert_name, user_id, done_at"
                        + " from typical_case_reviewer where case_id = :case and opening = :opening"
                        + " and user_id = :user for update")
                .param("case", caseId)
                .param("opening", opening)
                .param("user", userId)
                .query((rs, n) -> seat(rs))
                .optional();
    }

    /** Whether the user holds a seat of the case at any opening (an expert reads what it reviewed). */
    public boolean everSeated(long caseId, long userId) {
        return jdbc.sql("select count(*) from typical_case_reviewer where case_id = :case and user_id = :user")
                        .param("case", caseId)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The cases the user is appointed to at some opening whose title or practising unit matches {@code q}
     * (a LIKE pattern, escape {@code \\}), newest first: one statement.
     */
    public List<Long> casesOf(long userId, String q) {
        return jdbc.sql("select distinct r.case_id from typical_case_reviewer r"
                        + " join typical_case c on c.id = r.case_id where r.user_id = :user"
                        + " and (c.title like :q escape '\\' or c.unit_name like :q escape '\\')"
                        + " order by r.case_id desc")
                .param("user", userId)
                .param("q", q)
                .query(Long.class)
                .list();
    }

    /** Replaces the seat's scores and marks it done. */
    public void score(long seatId, List<CaseView.Score> scores, Instant at) {
        jdbc.sql("delete from typical_case_score where reviewer_id = :seat")
                .param("seat", seatId)
                .update();
        for (CaseView.Score s : scores) {
            jdbc.sql("insert into typical_case_score (reviewer_id, criterion, score, comment_text)"
                            + " values (:seat, :criterion, :score, :comment)")
                    .param("seat", seatId)
                    .param("criterion", s.criterion())
                    .param("score", s.score())
                    .param("comment", s.comment())
                    .update();
        }
        jdbc.sql("update typical_case_reviewer set done_at = :at where id = :seat")
                .param("at", java.sql.Timestamp.from(at))
                .param("seat", seatId)
                .update();
    }

    /** The scores of the seats, by seat id; one statement. */
    public Map<Long, List<CaseView.Score>> scores(Collection<Long> seatIds) {
        Map<Long, List<CaseView.Score>> out = new HashMap<>();
        if (seatIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select reviewer_id, criterion, score, comment_text from typical_case_score"
                        + " where reviewer_id in (:ids) order by reviewer_id, criterion")
                .param("ids", seatIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CaseView.Score(rs.getString(2), rs.getInt(3), rs.getString(4)));
                });
        return out;
    }

    private static Seat seat(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Timestamp done = rs.getTimestamp(7);
        return new Seat(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getLong(6),
                done == null ? null : done.toInstant());
    }
}
