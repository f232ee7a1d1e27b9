package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseRows;
import cn.ecozone.cases.internal.CollectionPdf;
import cn.ecozone.cases.internal.CollectionRows;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly collection (案例集, Xilingol art. 14 通过案例集……开展典型案例宣传推广): the office generates
 * the PDF of its published cases of a year (generating again replaces it, e.g. after a later
 * publication); the public downloads it once generated.
 */
@Service
public class CaseCollections {

    private final TypicalCases cases;
    private final CaseRows rows;
    private final CollectionRows collections;
    private final CollectionPdf pdf;
    private final DocumentManagement documents;
    private final RegionManagement regions;
    private final Clock clock;

    CaseCollections(
            TypicalCases cases,
            CaseRows rows,
            CollectionRows collections,
            CollectionPdf pdf,
            DocumentManagement documents,
            RegionManagement regions,
            Clock clock) {
        this.cases = cases;
        this.rows = rows;
        this.collections = collections;
        this.pdf = pdf;
        this.documents = documents;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The office (the actor's region is the regulation's jurisdiction) generates its collection of
     * {@code year}; 422 when it has published no case that year, 503 without the font.
     */
    @Transactional(propagation = Propagation.NEVER)
    public PublicCase.Collection generate(Integer year, Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(CaseManagement.ZONE));
        if (year == null || year < 2000 || year > today.getYear()) {
            throw ApiException.invalid("year", "cases.input.range", 2000, today.getYear());
        }
        String office = actor.regionCode();
        List<TypicalCaseEntity> published = cases.publishedOf(office, year);
        if (published.isEmpty()) {
            throw new CaseFacts.NothingPublished(year);
        }
        List<Long> ids = published.stream().map(TypicalCaseEntity::id).toList();
        Map<Long, List<CaseView.Result>> results = rows.results(ids);
        Map<Long, List<Long>> photos = rows.photos(ids);
        Map<String, String> names = regions.names(
                published.stream().map(TypicalCaseEntity::regionCode).toList());
        List<CollectionPdf.Entry> entries = published.stream()
                .map(c -> new CollectionPdf.Entry(
                        c.title(),
                        names.get(c.regionCode()),
                        c.unitName(),
                        c.path().nameZh(),
                        c.story(),
                        results.getOrDefault(c.id(), List.of()),
                        firstPhoto(photos.getOrDefault(c.id(), List.of()))))
                .toList();
        String officeName = regions.require(office).name();
        byte[] bytes = pdf.write(officeName, year, entries, today.toString());
        String name = officeName + year + "年典型案例集.pdf";
        return documents.store(Upload.of(name, bytes), Set.of(DocumentType.PDF), actor, stored -> {
            long id = collections.record(office, year, stored.id(), entries.size(), actor.username(), clock.instant());
            return new PublicCase.Collection(id, office, officeName, year, entries.size(), clock.instant());
        });
    }

    /** The generated collections, newest year first. */
    @Transactional(readOnly = true)
    public PageResult<PublicCase.Collection> list(int page, int size) {
        int p = Math.max(page, 0);
        int s = Math.clamp(size, 1, 100);
        List<CollectionRows.Row> found = collections.page(p, s);
        Map<String, String> names = regions.names(
                found.stream().map(CollectionRows.Row::officeRegionCode).toList());
        return new PageResult<>(
                found.stream()
                        .map(r -> CollectionRows.view(r, names.get(r.officeRegionCode())))
                        .toList(),
                p,
                s,
                collections.count());
    }

    /** The collection's PDF as stored; 404 for an unknown one. */
    @Transactional(readOnly = true)
    public StoredDocument document(long id) {
        CollectionRows.Row r = collections.find(id).orElseThrow(CaseFacts.CaseNotFound::new);
        return documents.require(r.documentId());
    }

    public InputStream open(StoredDocument d) throws IOException {
        return documents.open(d.id());
    }

    private byte[] firstPhoto(List<Long> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        try (InputStream in = documents.open(ids.getFirst())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
