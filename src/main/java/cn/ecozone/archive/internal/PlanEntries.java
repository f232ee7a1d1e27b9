package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanView;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The candidacy's plans (IM eco-civ art. 8: 规划 among the archive's records): the text each revision
 * saw (the documents of the plan's timeline, earliest first) and the plan's record with its
 * promulgation, filing and filing receipt (备案回执).
 */
@Component
@Order(20)
class PlanEntries implements ArchiveContributor {

    private final CandidacyManagement candidacies;
    private final PlanManagement plans;
    private final DocumentManagement documents;
    private final ArchiveRecords records;

    PlanEntries(
            CandidacyManagement candidacies,
            PlanManagement plans,
            DocumentManagement documents,
            ArchiveRecords records) {
        this.candidacies = candidacies;
        this.plans = plans;
        this.documents = documents;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        CandidacyView c = candidacies.view(candidacy.candidacyId(), reader);
        List<ArchiveEntry> entries = new ArrayList<>();
        c.links().stream()
                .filter(l -> "PLAN".equals(l.kind()))
                .map(CandidacyView.Link::recordId)
                .distinct()
                .forEach(id -> entries.addAll(plan(plans.view(id, reader))));
        return entries;
    }

    private List<ArchiveEntry> plan(PlanView p) {
        String source = "规划 " + p.id() + "《" + p.title() + "》";
        Map<Long, java.time.Instant> texts = new LinkedHashMap<>();
        for (PlanView.Entry e : p.timeline()) {
            if (e.documentId() != null) {
                texts.putIfAbsent(e.documentId(), e.at());
            }
        }
        if (p.documentId() != null) {
            texts.putIfAbsent(p.documentId(), null);
        }
        Map<Long, StoredDocument> stored = documents.all(texts.keySet());
        List<ArchiveEntry> entries = new ArrayList<>();
        int n = 1;
        for (Map.Entry<Long, java.time.Instant> t : texts.entrySet()) {
            StoredDocument d = stored.get(t.getKey());
            if (d == null) {
                continue;
            }
            entries.add(new ArchiveEntry(
                    ArchiveSection.PLAN,
                    "规划" + p.id() + "-文本" + n++ + "-" + d.name(),
                    ArchiveRecords.day(t.getValue() == null ? d.uploadedAt() : t.getValue()),
                    source,
                    new ArchiveEntry.StoredFile(d.id())));
        }
        entries.add(new ArchiveEntry(
                ArchiveSection.PLAN,
                "规划" + p.id() + "-记录与备案回执.json",
                p.filingReceivedOn() != null ? p.filingReceivedOn() : p.promulgatedOn(),
                source,
                records.json(new PlanRecord(p))));
        return entries;
    }

    /** The plan without the asking user's run view (what the user may do now is no archive matter). */
    record PlanRecord(
            long id,
            String regulationCode,
            int regulationVersion,
            String programme,
            String planKind,
            String subjectRegionCode,
            String subjectRegionName,
            String title,
            int periodStart,
            int periodEnd,
            int revision,
            String state,
            String promulgationBody,
            java.time.LocalDate promulgatedOn,
            String promulgationNumber,
            java.time.LocalDate filedOn,
            java.time.LocalDate filingReceivedOn,
            String filingReceivedBy,
            List<PlanView.Entry> timeline) {
        PlanRecord(PlanView p) {
            this(
                    p.id(),
                    p.regulationCode(),
                    p.regulationVersion(),
                    p.programme(),
                    p.planKind(),
                    p.subjectRegionCode(),
                    p.subjectRegionName(),
                    p.title(),
                    p.periodStart(),
                    p.periodEnd(),
                    p.revision(),
                    p.state().name(),
                    p.promulgationBody(),
                    p.promulgatedOn(),
                    p.promulgationNumber(),
                    p.filedOn(),
                    p.filingReceivedOn(),
                    p.filingReceivedBy(),
                    p.timeline());
        }
    }
}
