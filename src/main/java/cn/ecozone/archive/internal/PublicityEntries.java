package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.publicity.PublicityManagement;
import cn.ecozone.publicity.PublicityOutcome;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What publicity found about each dossier (公示): the published notices that list it and its complaints by finding. */
@Component
@Order(60)
class PublicityEntries implements ArchiveContributor {

    private final DossierLinks links;
    private final PublicityManagement publicity;
    private final ArchiveRecords records;

    PublicityEntries(DossierLinks links, PublicityManagement publicity, ArchiveRecords records) {
        this.links = links;
        this.publicity = publicity;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<Long> dossiers = links.of(candidacy, reader);
        if (dossiers.isEmpty()) {
            return List.of();
        }
        Map<Long, PublicityOutcome> outcomes = publicity.outcomes(dossiers);
        List<ArchiveEntry> entries = new ArrayList<>();
        for (long id : dossiers) {
            PublicityOutcome o = outcomes.get(id);
            if (o != null && (!o.notices().isEmpty() || o.complaints() > 0)) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.PUBLICITY,
                        "申报材料" + id + "-公示与投诉.json",
                        null,
                        "申报材料 " + id + " 的公示",
                        records.json(o)));
            }
        }
        return entries;
    }
}
