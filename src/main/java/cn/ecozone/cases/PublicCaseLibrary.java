package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseRows;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public case library (no login, Xilingol art. 14 宣传推广): published cases only, searched and
 * filtered by path, region and year; a case's page with its story, figures and photos and a link to its
 * region's public indicator page. Nothing internal: no run, no experts, no state. Anything not
 * published is 404.
 */
@Service
@Transactional(readOnly = true)
public class PublicCaseLibrary {

    private final TypicalCases cases;
    private final CaseRows rows;
    private final CasePhotos photos;
    private final RegionManagement regions;

    PublicCaseLibrary(TypicalCases cases, CaseRows rows, CasePhotos photos, RegionManagement regions) {
        this.cases = cases;
        this.rows = rows;
        this.photos = photos;
        this.regions = regions;
    }

    /** A page of published cases, newest first; two statements whatever the page's size. */
    public PageResult<PublicCase.Summary> list(
            String q, String path, String regionCode, Integer year, int page, int size) {
        var found = cases.published(
                CaseManagement.regionPattern(regions, regionCode),
                path == null || path.isBlank() ? null : cn.ecozone.cases.internal.CaseChecks.path(path),
                year,
                Like.containing(q == null ? "" : q.strip()),
                Paging.of(
                        page,
                        size,
                        100,
                        Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("id"))));
        Map<String, String> names = regions.names(
                found.getContent().stream().map(TypicalCaseEntity::regionCode).toList());
        return PageResult.of(
                found,
                c -> new PublicCase.Summary(
                        c.id(),
                        c.title(),
                        c.regionCode(),
                        names.get(c.regionCode()),
                        c.unitName(),
                        c.path(),
                        c.year(),
                        c.publishedAt()));
    }

    /** A published case's page; 404 for anything not published. */
    public PublicCase find(long id) {
        TypicalCaseEntity c = published(id);
        return new PublicCase(
                c.id(),
                c.title(),
                c.regionCode(),
                regions.require(c.regionCode()).name(),
                c.unitName(),
                c.path(),
                c.year(),
                c.story(),
                rows.results(List.of(id)).getOrDefault(id, List.of()),
                rows.photos(List.of(id)).getOrDefault(id, List.of()),
                c.publishedAt(),
                "/public/progress/" + c.regionCode());
    }

    /** A photo of a published case; 404 otherwise. */
    public StoredDocument photo(long id, long documentId) {
        published(id);
        return photos.held(id, documentId);
    }

    private TypicalCaseEntity published(long id) {
        return cases.findById(id)
                .filter(c -> c.state() == CaseState.PUBLISHED)
                .orElseThrow(CaseFacts.CaseNotFound::new);
    }
}
