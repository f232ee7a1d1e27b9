package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.shared.Actor;
import cn.ecozone.title.PlatformReceiptView;
import cn.ecozone.title.PlatformReceipts;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The naming and the title: each dossier's national-platform receipt (IM eco-civ art. 16) with its
 * uploaded file, the naming (body, document number, date) and the title with its validity.
 */
@Component
@Order(70)
class TitleEntries implements ArchiveContributor {

    private final DossierLinks links;
    private final PlatformReceipts receipts;
    private final TitleRecords titles;
    private final ArchiveRecords records;

    TitleEntries(DossierLinks links, PlatformReceipts receipts, TitleRecords titles, ArchiveRecords records) {
        this.links = links;
        this.receipts = receipts;
        this.titles = titles;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (long dossierId : links.of(candidacy, reader)) {
            Optional<PlatformReceiptView> receipt = receipts.of(dossierId, reader);
            receipt.ifPresent(r -> {
                String source = "申报材料 " + dossierId + " 的国家平台回执";
                entries.add(new ArchiveEntry(
                        ArchiveSection.NAMING,
                        "申报材料" + dossierId + "-国家平台回执.json",
                        r.submittedOn(),
                        source,
                        records.json(r)));
                if (r.documentId() != null) {
                    entries.add(new ArchiveEntry(
                            ArchiveSection.NAMING,
                            "申报材料" + dossierId + "-国家平台回执-"
                                    + receipts.receiptFile(dossierId, reader).name(),
                            r.submittedOn(),
                            source,
                            new ArchiveEntry.StoredFile(r.documentId())));
                }
            });
        }
        Optional<TitleView> title = candidacy.titleId() == null ? Optional.empty() : titles.find(candidacy.titleId());
        title.ifPresent(t -> {
            entries.add(new ArchiveEntry(
                    ArchiveSection.NAMING,
                    "命名-" + t.documentNumber() + ".json",
                    t.namedOn(),
                    "命名（" + t.namingBodyZh() + "）",
                    records.json(new Naming(t.namingBodyZh(), t.documentNumber(), t.namedOn(), t.subjectName()))));
            entries.add(new ArchiveEntry(
                    ArchiveSection.TITLE, "称号-" + t.id() + ".json", t.namedOn(), "称号 " + t.id(), records.json(t)));
        });
        return entries;
    }

    /** The naming as the title records it. */
    record Naming(String namingBody, String documentNumber, java.time.LocalDate namedOn, String subjectName) {}
}
