package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.publicity.NoticeState;
import cn.ecozone.publicity.NoticeSummary;
import cn.ecozone.publicity.NoticeView;
import cn.ecozone.publicity.PublicNotice;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns notices into what the staff and the public read. A notice's view costs a fixed number of statements. */
@Component
public class NoticeViews {

    private final StepRules rules;
    private final Complaints complaints;
    private final BlockingComplaints blocking;
    private final ProcedureManagement procedures;
    private final MessageSource messages;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    NoticeViews(
            StepRules rules,
            Complaints complaints,
            BlockingComplaints blocking,
            ProcedureManagement procedures,
            MessageSource messages,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.complaints = complaints;
        this.blocking = blocking;
        this.procedures = procedures;
        this.messages = messages;
    }

    /** The words shown on how to complain when the issuer writes none, in Chinese (the notice's language). */
    public String defaultHowToComplain() {
        return messages.getMessage("publicity.notice.how-to-complain", null, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A page of notices as a list shows them, with how many each lists: one statement for the counts
     * however long the page.
     */
    public cn.ecozone.shared.PageResult<NoticeSummary> summaries(
            org.springframework.data.domain.Page<NoticeEntity> page, LocalDate today) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = page.getContent().stream().map(NoticeEntity::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select notice_id, count(*) from publicity_notice_entry where notice_id in (:ids)"
                            + " group by notice_id")
                    .param("ids", ids)
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
                    .list();
        }
        return cn.ecozone.shared.PageResult.of(page, n -> summary(n, today, counts.getOrDefault(n.id(), 0)));
    }

    private static NoticeSummary summary(NoticeEntity n, LocalDate today, int listed) {
        return new NoticeSummary(
                n.id(),
                n.roundId(),
                n.stepCode(),
                n.title(),
                n.issuerName(),
                n.documentNumber(),
                n.publishedOn(),
                n.endsOn(),
                n.state(),
                n.open(today),
                listed);
    }

    public NoticeView view(NoticeEntity n, LocalDate today) {
        ApplicationRules.Publicity p = rules.of(n.regulationCode(), n.regulationVersion(), n.stepCode())
                .publicity();
        List<NoticeEntry> entries = n.entries();
        Map<Long, RunSummary> runs =
                procedures.summaries(entries.stream().map(NoticeEntry::runId).toList());
        Map<Long, List<ComplaintEntity>> byDossier = new HashMap<>();
        if (!entries.isEmpty()) {
            for (ComplaintEntity c : complaints.ofDossiers(
                    entries.stream().map(NoticeEntry::dossierId).toList())) {
                byDossier.computeIfAbsent(c.dossierId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, BlockingComplaints.Block> blocks =
                blocking.of(entries.stream().map(NoticeEntry::dossierId).toList());
        List<NoticeView.Entry> listed = entries.stream()
                .map(e -> {
                    List<ComplaintEntity> of = byDossier.getOrDefault(e.dossierId(), List.of());
                    BlockingComplaints.Block block = blocks.get(e.dossierId());
                    RunSummary run = runs.get(e.runId());
                    return new NoticeView.Entry(
                            e.dossierId(),
                            e.candidacyId(),
                            e.regionCode(),
                            e.regionName(),
                            e.subjectName(),
                            run == null ? null : run.currentStepCode(),
                            e.opening(),
                            run != null
                                    && n.stepCode().equals(run.currentStepCode())
                                    && e.opening() != null
                                    && e.opening() == run.opening(),
                            of.size(),
                            block != null,
                            block == null ? null : block.complaintId(),
                            block == null ? null : block.state());
                })
                .toList();
        Citation c = p.citation();
        return new NoticeView(
                n.id(),
                n.roundId(),
                n.stepCode(),
                n.publicityCode(),
                n.programme(),
                n.regionCode(),
                n.issuerRole(),
                n.issuerName(),
                n.title(),
                n.documentNumber(),
                n.publishedOn(),
                n.endsOn(),
                n.minimumEndsOn(),
                p.workingDays(),
                p.minimum(),
                explanation(n),
                n.wherePublished(),
                n.howToComplain(),
                n.state(),
                n.correction(),
                n.open(today),
                n.state() == NoticeState.PUBLISHED && today.isAfter(n.endsOn()),
                c == null ? null : c.article(),
                c != null && (c.uncertain() || c.silent()) ? c.noteZh() : null,
                listed,
                n.version());
    }

    /** The public page: published notices only (the caller checks), nothing of complaints. */
    public PublicNotice publicView(NoticeEntity n, LocalDate today) {
        ApplicationRules.Publicity p = rules.of(n.regulationCode(), n.regulationVersion(), n.stepCode())
                .publicity();
        Citation c = p.citation();
        return new PublicNotice(
                n.id(),
                n.title(),
                n.programme(),
                n.issuerName(),
                n.documentNumber(),
                n.publishedOn(),
                n.endsOn(),
                p.workingDays(),
                p.minimum(),
                explanation(n),
                n.wherePublished(),
                n.howToComplain(),
                n.correction(),
                n.open(today),
                c == null ? null : c.article(),
                c != null && (c.uncertain() || c.silent()) ? c.noteZh() : null,
                n.entries().stream()
                        .map(e ->
                                new PublicNotice.Listed(e.dossierId(), e.regionCode(), e.regionName(), e.subjectName()))
                        .toList());
    }

    private static List<String> explanation(NoticeEntity n) {
        String text = "en".equals(LocaleContextHolder.getLocale().getLanguage())
                ? n.period().en()
                : n.period().zh();
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }
}
