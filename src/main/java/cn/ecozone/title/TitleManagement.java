package cn.ecozone.title;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.title.internal.ReceiptEntity;
import cn.ecozone.title.internal.Receipts;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.TitleListWorkbook;
import cn.ecozone.title.internal.Titles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the title module tells the others: a candidacy's title and a dossier's national-platform
 * receipt. Callers show them only to readers who may see the candidacy or dossier.
 */
@Service
@Transactional(readOnly = true)
public class TitleManagement {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The most rows a page of a list holds. */
    private static final int MAX_PAGE = 200;

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The staff list's sort keys, each with its entity property (issue 14 §6). */
    static final Map<String, String> SORTS = Map.of(
            "subject", "subjectName",
            "region", "regionCode",
            "programme", "programme",
            "named", "namedOn",
            "valid", "validUntil");

    private final Titles titles;
    private final Receipts receipts;
    private final RegionManagement regions;
    private final TitleListWorkbook workbook;
    private final Clock clock;

    TitleManagement(
            Titles titles, Receipts receipts, RegionManagement regions, TitleListWorkbook workbook, Clock clock) {
        this.titles = titles;
        this.workbook = workbook;
        this.receipts = receipts;
        this.regions = regions;
        this.clock = clock;
    }

    /** The title candidacy {@code candidacyId} holds, if it was named. */
    public Optional<TitleView> ofCandidacy(long candidacyId) {
        return titles.findByCandidacyId(candidacyId)
                .map(t -> view(t, regions.require(t.regionCode()).name()));
    }

    /** The national-platform receipt the subject of dossier {@code dossierId} recorded, if any. */
    public Optional<PlatformReceiptView> receipt(long dossierId) {
        return receipts.findFirstByDossierIdOrderByIdDesc(dossierId).map(ReceiptEntity::view);
    }

    /**
     * One page of the titles of subjects in the actor's scope that match the filter; two statements
     * for the page whatever its size (the titles, their regions' names).
     *
     * @throws ApiException 400 for a year outside 1990–2100, 404 for an unknown region
     */
    public PageResult<TitleView> list(TitleFilter filter, int page, int size, Actor actor) {
        Page<TitleEntity> found = search(filter, actor.scope().pathPattern(), page, size, MAX_PAGE);
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TitleEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, t -> view(t, names.get(t.regionCode())));
    }

    /**
     * Every title the staff list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as
     * an .xlsx workbook (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link TitleFilter#exportFilters()} first.
     */
    public void export(TitleFilter filter, Actor actor, OutputStream out) throws IOException {
        Page<TitleEntity> found = search(filter, actor.scope().pathPattern(), 0, EXPORT_LIMIT, EXPORT_LIMIT);
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TitleEntity::regionCode).collect(Collectors.toSet()));
        workbook.write(
                found.getContent().stream()
                        .map(t -> view(t, names.get(t.regionCode())))
                        .toList(),
                found.getTotalElements(),
                clock.instant(),
                actor.displayName(),
                out);
    }

    /** One page of the titled areas for the public list (no login): nothing but what naming made public. */
    public PageResult<PublicTitle> publicList(TitleFilter filter, int page, int size) {
        Page<TitleEntity> found = search(filter, "%", page, size, MAX_PAGE);
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TitleEntity::regionCode).collect(Collectors.toSet()));
        LocalDate today = today();
        return PageResult.of(
                found,
                t -> new PublicTitle(
                        t.subjectName(),
                        t.regionCode(),
                        names.get(t.regionCode()),
                        t.programme(),
                        t.namingBodyZh(),
                        t.documentNumber(),
                        t.namedOn(),
                        t.validityYears(),
                        t.validUntil(),
                        t.validityUncertain(),
                        t.validityNote(),
                        t.stateOn(today)));
    }

    private Page<TitleEntity> search(TitleFilter f, String scope, int page, int size, int maxSize) {
        TitleFilter filter = f == null ? new TitleFilter(null, null, null, null) : f;
        LocalDate from = LocalDate.of(1900, 1, 1);
        LocalDate to = LocalDate.of(3000, 1, 1);
        if (filter.year() != null) {
            if (filter.year() < 1990 || filter.year() > 2100) {
                throw ApiException.invalid("year", "title.year.range", 1990, 2100);
            }
            from = LocalDate.of(filter.year(), 1, 1);
            to = from.plusYears(1);
        }
        String region = "%";
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            region = regions.require(filter.regionCode().strip()).path() + "%";
        }
        return titles.search(
                scope,
                region,
                filter.programme(),
                from,
                to,
                Like.containing(filter.query()),
                Paging.of(page, size, maxSize, sort(filter.sort())));
    }

    /** The whitelisted order, then the latest naming and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-named");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("namedOn"), Sort.Order.desc("id")));
    }

    /** Today in Beijing. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    TitleView view(TitleEntity t, String regionName) {
        return new TitleView(
                t.id(),
                t.candidacyId(),
                t.dossierId(),
                t.subjectName(),
                t.regionCode(),
                regionName,
                t.programme(),
                t.regulationCode(),
                t.regulationVersion(),
                t.namingBodyZh(),
                t.documentNumber(),
                t.namedOn(),
                t.validityYears(),
                t.validUntil(),
                t.validityArticle(),
                t.validityUncertain(),
                t.validityNote(),
                t.stateOn(today()));
    }
}
