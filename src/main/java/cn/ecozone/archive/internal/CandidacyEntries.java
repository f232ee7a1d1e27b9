package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.shared.Actor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The candidacy itself: its record with the timeline of its states and the records it links. */
@Component
@Order(10)
class CandidacyEntries implements ArchiveContributor {

    private final CandidacyManagement candidacies;
    private final ArchiveRecords records;

    CandidacyEntries(CandidacyManagement candidacies, ArchiveRecords records) {
        this.candidacies = candidacies;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        CandidacyView c = candidacies.view(candidacy.candidacyId(), reader);
        return List.of(new ArchiveEntry(
                ArchiveSection.CANDIDACY,
                "创建记录-" + c.id() + ".json",
                ArchiveRecords.day(c.createdAt()),
                "创建 " + c.id(),
                records.json(c)));
    }
}
