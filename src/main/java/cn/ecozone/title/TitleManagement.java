package cn.ecozone.title;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.title.internal.ReceiptEntity;
import cn.ecozone.title.internal.Receipts;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
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

    private final Titles titles;
    private final Receipts receipts;
    private final RegionManagement regions;
    private final Clock clock;

    TitleManagement(Titles titles, Receipts receipts, RegionManagement regions, Clock clock) {
        this.titles = titles;
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
        Page<TitleEntity> found = search(filter, actor.scope().pathPattern(), page, size);
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TitleEntity::regionCode).collect(Collectors.toSet()));
        return PageResult.of(found, t -> view(t, names.get(t.regionCode())));
    }

    /** One page of the titled areas for the public list (no login): nothing but what naming made public. */
    public PageResult<PublicTitle> publicList(TitleFilter filter, int page, int size) {
        Page<TitleEntity> found = search(filter, "%", page, size);
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

    private Page<TitleEntity> search(TitleFilter f, String scope, int page, int size) {
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
                Paging.of(page, size, 200));
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
