package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseChecks;
import cn.ecozone.cases.internal.CaseListWorkbook;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of typical cases (issue 13 §5, issue 14 §6) and its Excel export (§5): the cases in
 * the actor's scope (drafts only of the actor's own region) matching a {@link CaseFilter}, in the order
 * it asks for; region names from the cached region tree, so a page takes the same statements at any
 * size.
 */
@Service
@Transactional(readOnly = true)
public class CaseListing {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of(
            "title", "title",
            "region", "regionCode",
            "path", "path",
            "year", "year",
            "state", "state",
            "published", "publishedAt",
            "updated", "updatedAt");

    private final TypicalCases cases;
    private final RegionManagement regions;
    private final CaseListWorkbook workbook;
    private final Clock clock;

    CaseListing(TypicalCases cases, RegionManagement regions, CaseListWorkbook workbook, Clock clock) {
        this.cases = cases;
        this.regions = regions;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows); three statements whatever the page's size.
     *
     * @throws ApiException 400 naming {@code sort}, {@code state}, {@code path} or {@code regionCode} for
     *     a value the list does not know
     */
    public PageResult<CaseSummary> list(CaseFilter f, int page, int size, Actor actor) {
        Page<TypicalCaseEntity> found = find(f, actor, Paging.of(page, size, 100, sort(f.sort())));
        Map<String, String> names = names(found.getContent());
        return PageResult.of(found, c -> summary(c, names));
    }

    /**
     * Every case the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link CaseFilter#exportFilters()} first.
     */
    public void export(CaseFilter f, Actor actor, OutputStream out) throws IOException {
        Page<TypicalCaseEntity> found = find(f, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort())));
        Map<String, String> names = names(found.getContent());
        List<CaseSummary> rows =
                found.getContent().stream().map(c -> summary(c, names)).toList();
        workbook.write(rows, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<TypicalCaseEntity> find(CaseFilter f, Actor actor, Pageable page) {
        CaseState state = f.state() == null || f.state().isBlank() ? null : state(f.state());
        TransformationPath path = f.path() == null || f.path().isBlank() ? null : CaseChecks.path(f.path());
        return cases.search(
                actor.scope().pathPattern(),
                CaseManagement.regionPattern(regions, f.regionCode()),
                actor.regionCode(),
                state,
                path,
                f.year(),
                Like.containing(f.q() == null ? "" : f.q().strip()),
                page);
    }

    private Map<String, String> names(List<TypicalCaseEntity> page) {
        return regions.names(page.stream().map(TypicalCaseEntity::regionCode).toList());
    }

    private static CaseSummary summary(TypicalCaseEntity c, Map<String, String> names) {
        return new CaseSummary(
                c.id(),
                c.title(),
                c.regionCode(),
                names.get(c.regionCode()),
                c.unitName(),
                c.path(),
                c.year(),
                c.state(),
                c.publishedAt(),
                c.updatedAt());
    }

    private static CaseState state(String given) {
        try {
            return CaseState.valueOf(given.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("state", "cases.input.state");
        }
    }

    /** The whitelisted order, then the latest change and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-updated");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    }
}
