package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierView;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The candidacy's application dossiers (申报材料, one per round it applied in): each material's files
 * and typed text, the dossier's record (round, state, eligibility answers) and the indicator snapshot
 * frozen at submission.
 */
@Component
@Order(40)
class DossierEntries implements ArchiveContributor {

    private final DossierLinks links;
    private final DossierManagement dossiers;
    private final ArchiveRecords records;

    DossierEntries(DossierLinks links, DossierManagement dossiers, ArchiveRecords records) {
        this.links = links;
        this.dossiers = dossiers;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (long id : links.of(candidacy, reader)) {
            entries.addAll(dossier(dossiers.view(id, reader)));
        }
        return entries;
    }

    private List<ArchiveEntry> dossier(DossierView d) {
        String prefix = "申报材料" + d.id() + "-";
        String source = "申报材料 " + d.id() + "（" + d.round().title() + "）";
        LocalDate day = d.submittedOn();
        List<ArchiveEntry> entries = new ArrayList<>();
        for (DossierView.MaterialView m : d.materials()) {
            if (m.documents() != null) {
                for (DossierView.DocumentView doc : m.documents()) {
                    entries.add(new ArchiveEntry(
                            ArchiveSection.DOSSIER,
                            prefix + m.code() + "-" + doc.name(),
                            day != null ? day : ArchiveRecords.day(doc.uploadedAt()),
                            source + " " + m.nameZh(),
                            new ArchiveEntry.StoredFile(doc.id())));
                }
            }
            if (m.text() != null) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.DOSSIER,
                        prefix + m.code() + ".txt",
                        day,
                        source + " " + m.nameZh(),
                        new ArchiveEntry.Text(m.text())));
            }
        }
        entries.add(new ArchiveEntry(
                ArchiveSection.DOSSIER,
                prefix + "记录.json",
                day,
                source,
                records.json(new DossierRecord(
                        d.id(),
                        d.round().title(),
                        d.subjectName(),
                        d.regionCode(),
                        d.programme().name(),
                        d.regulationCode(),
                        d.regulationVersion(),
                        d.state().name(),
                        d.submittedOn(),
                        d.eligibility()))));
        if (d.indicators() != null) {
            entries.add(new ArchiveEntry(
                    ArchiveSection.DOSSIER,
                    prefix + "指标快照.json",
                    day,
                    source + " 建设指标快照",
                    records.json(d.indicators())));
        }
        return entries;
    }

    /** The dossier without the asking user's actions and run. */
    record DossierRecord(
            long id,
            String round,
            String subjectName,
            String regionCode,
            String programme,
            String regulationCode,
            int regulationVersion,
            String state,
            LocalDate submittedOn,
            List<DossierView.ConditionView> eligibility) {}
}
