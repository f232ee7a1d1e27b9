package cn.ecozone.cases.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.cases.CaseState;
import cn.ecozone.cases.CaseView;
import cn.ecozone.cases.TransformationPath;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.shared.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typical cases (典型案例; Xilingol arts. 12–14, Guizhou art. 17, IM Two Mountains art. 15) of the
 * candidacy's region and programme in its archive, once recommended (a draft is not a record yet): each
 * case's record with its results and decision, and its photos byte for byte. Four statements whatever
 * the number of cases (cases, results, photos, the photos' names).
 */
@Component
class CaseArchive implements ArchiveContributor {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final TypicalCases cases;
    private final CaseRows rows;
    private final DocumentManagement documents;
    private final JsonMapper json;

    CaseArchive(TypicalCases cases, CaseRows rows, DocumentManagement documents, JsonMapper json) {
        this.cases = cases;
        this.rows = rows;
        this.documents = documents;
        this.json = json;
    }

    /** A case as the archive keeps it. */
    record ArchivedCase(
            long id,
            String title,
            String regionCode,
            String unitName,
            TransformationPath path,
            String programme,
            String regulationCode,
            int regulationVersion,
            int year,
            String story,
            List<CaseView.Result> results,
            List<CaseView.Photo> photos,
            CaseState state,
            String decisionReason,
            Instant publishedAt) {}

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<TypicalCaseEntity> all = cases
                .ofRegion(candidacy.regionCode(), candidacy.programme().name())
                .stream()
                .filter(c -> reader.scope().includes(c.regionPath()))
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = all.stream().map(TypicalCaseEntity::id).toList();
        Map<Long, List<CaseView.Result>> results = rows.results(ids);
        Map<Long, List<Long>> photos = rows.photos(ids);
        Map<Long, StoredDocument> files =
                documents.all(photos.values().stream().flatMap(List::stream).toList());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (TypicalCaseEntity c : all) {
            List<StoredDocument> shown = photos.getOrDefault(c.id(), List.of()).stream()
                    .map(files::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            String base = "典型案例-" + c.id();
            String source = "典型案例 " + c.id() + "（" + c.title() + "）";
            LocalDate day = c.publishedAt() == null ? null : LocalDate.ofInstant(c.publishedAt(), BEIJING);
            ArchivedCase record = new ArchivedCase(
                    c.id(),
                    c.title(),
                    c.regionCode(),
                    c.unitName(),
                    c.path(),
                    c.programme(),
                    c.regulationCode(),
                    c.regulationVersion(),
                    c.year(),
                    c.story(),
                    results.getOrDefault(c.id(), List.of()),
                    shown.stream()
                            .map(d -> new CaseView.Photo(d.id(), d.name()))
                            .toList(),
                    c.state(),
                    c.decisionReason(),
                    c.publishedAt());
            entries.add(new ArchiveEntry(
                    ArchiveSection.CASES,
                    base + ".json",
                    day,
                    source,
                    new ArchiveEntry.Text(json.writerWithDefaultPrettyPrinter().writeValueAsString(record))));
            for (StoredDocument d : shown) {
                entries.add(new ArchiveEntry(
                        ArchiveSection.CASES,
                        base + "-图片-" + d.name(),
                        day,
                        source,
                        new ArchiveEntry.StoredFile(d.id())));
            }
        }
        return entries;
    }
}
