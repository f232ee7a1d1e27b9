package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierListWorkbook;
import cn.ecozone.dossier.internal.Dossiers;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier list (issue 14 §6) and its Excel export (§5): the dossiers in the actor's data scope
 * matching a {@link DossierFilter}, in the order it asks for, each judged for exclusions as it is read
 * (one evaluation per page, so the statements do not grow with the rows).
 */
@Service
@Transactional(readOnly = true)
public class DossierListing {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of(
            "subject", "subjectName",
            "region", "regionCode",
            "programme", "programme",
            "state", "state",
            "submitted", "submittedOn",
            "updated", "updatedAt");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Dossiers dossiers;
    private final DossierRendering rendering;
    private final RegionManagement regions;
    private final DossierListWorkbook workbook;
    private final Clock clock;

    DossierListing(
            Dossiers dossiers,
            DossierRendering rendering,
            RegionManagement regions,
            DossierListWorkbook workbook,
            Clock clock) {
        this.dossiers = dossiers;
        this.rendering = rendering;
        this.regions = regions;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code year} outside
     *     2000–2100; 404 for a region code that does not exist
     */
    public PageResult<DossierSummary> list(DossierFilter f, int page, int size, Actor actor) {
        Page<DossierEntity> found = find(f, actor, Paging.of(page, size, 100, sort(f.sort())));
        Map<Long, DossierSummary> lines = rendering.summaries(found.getContent(), today());
        return PageResult.of(found, d -> lines.get(d.id()));
    }

    /**
     * Every dossier the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link DossierFilter#exportFilters()} first.
     */
    public void export(DossierFilter f, Actor actor, OutputStream out) throws IOException {
        Page<DossierEntity> found = find(f, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort())));
        Map<Long, DossierSummary> lines = rendering.summaries(found.getContent(), today());
        List<DossierSummary> rows =
                found.getContent().stream().map(d -> lines.get(d.id())).toList();
        workbook.write(rows, found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<DossierEntity> find(DossierFilter f, Actor actor, Pageable page) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw ApiException.invalid("year", "error.dossier.list.year");
        }
        // no year: every round (application_round.opens_on is a date within these bounds)
        LocalDate from = f.year() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? LocalDate.of(3000, 1, 1) : LocalDate.of(f.year() + 1, 1, 1);
        return dossiers.search(
                actor.scope().pathPattern(), region, f.state(), f.programme(), Like.containing(f.q()), from, to, page);
    }

    /** The whitelisted order, then the latest change and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-updated");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
