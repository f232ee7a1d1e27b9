package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.ComplaintState;
import cn.ecozone.publicity.ComplaintView;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a page of complaints into views in three statements however long the page: the notices' titles
 * and steps, the listed names, and the documents.
 */
@Component
public class ComplaintRows {

    private final JdbcClient jdbc;
    private final StepRules rules;

    ComplaintRows(JdbcClient jdbc, StepRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    private record Names(String title, String stepCode, String regionName, String subjectName, boolean delegable) {}

    public List<ComplaintView> views(List<ComplaintEntity> page, Actor actor) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(ComplaintEntity::id).toList();
        List<Long> dossiers =
                page.stream().map(ComplaintEntity::dossierId).distinct().toList();
        Map<String, Names> names = new HashMap<>();
        jdbc.sql("select e.notice_id, e.dossier_id, n.title, n.step_code, e.region_name, e.subject_name,"
                        + " n.regulation_code, n.regulation_version"
                        + " from publicity_notice_entry e join publicity_notice n on n.id = e.notice_id"
                        + " where e.dossier_id in (:dossiers)")
                .param("dossiers", dossiers)
                .query((rs, n) -> names.put(
                        rs.getLong(1) + ":" + rs.getLong(2),
                        new Names(
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rules.of(rs.getString(7), rs.getInt(8), rs.getString(4))
                                                .publicity()
                                                .complaintsDelegableTo()
                                        != null)))
                .list();
        Map<Long, List<Long>> attachments = new HashMap<>();
        Map<Long, List<Long>> evidence = new HashMap<>();
        jdbc.sql("select complaint_id, document_id, kind from publicity_complaint_document"
                        + " where complaint_id in (:ids) order by document_id")
                .param("ids", ids)
                .query((rs, n) -> ("EVIDENCE".equals(rs.getString(3)) ? evidence : attachments)
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return page.stream()
                .map(c -> {
                    Names nm = names.getOrDefault(
                            c.noticeId() + ":" + c.dossierId(), new Names(null, null, null, null, false));
                    boolean investigator = c.investigatedBy(actor);
                    boolean full = c.readableInFull(actor);
                    return new ComplaintView(
                            c.id(),
                            investigator ? c.trackingNumber() : null,
                            c.noticeId(),
                            nm.title(),
                            nm.stepCode(),
                            c.dossierId(),
                            nm.regionName(),
                            nm.subjectName(),
                            c.realName(),
                            full ? c.complainantName() : null,
                            full ? c.contact() : null,
                            full ? c.text() : null,
                            c.receivedAt(),
                            c.investigatorRole(),
                            c.investigatorRegion(),
                            c.dueOn(),
                            c.deadlineDays(),
                            c.deadlineUncertain(),
                            c.state(),
                            c.finding(),
                            c.findingText(),
                            c.foundAt(),
                            full ? attachments.getOrDefault(c.id(), List.of()) : List.of(),
                            full ? evidence.getOrDefault(c.id(), List.of()) : List.of(),
                            investigator && c.state() != ComplaintState.FOUND,
                            full,
                            c.delegatedAt(),
                            investigator
                                    && nm.delegable()
                                    && c.delegatedAt() == null
                                    && c.state() != ComplaintState.FOUND,
                            c.version());
                })
                .toList();
    }

    /** How many documents of a kind the complaint holds. */
    public int count(long complaintId, String kind) {
        return jdbc.sql("select count(*) from publicity_complaint_document where complaint_id = :c and kind = :k")
                .param("c", complaintId)
                .param("k", kind)
                .query(Integer.class)
                .single();
    }

    /** Links a stored document to a complaint as its attachment or evidence. */
    public void link(long complaintId, long documentId, String kind) {
        jdbc.sql("insert into publicity_complaint_document (complaint_id, document_id, kind)"
                        + " values (:c, :d, :k) on conflict do nothing")
                .param("c", complaintId)
                .param("d", documentId)
                .param("k", kind)
                .update();
    }
}
