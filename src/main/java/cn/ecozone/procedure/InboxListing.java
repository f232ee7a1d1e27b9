package cn.ecozone.procedure;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.internal.InboxRows;
import cn.ecozone.procedure.internal.InboxWorkbook;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox (我的待办, issue 14 §6) and its Excel export (§5): the open tasks waiting for the actor in
 * its data scope that match an {@link InboxFilter}, in the order it asks for. A search by region name
 * resolves the names against the cached region tree, so the page still takes one statement and its
 * count one more.
 */
@Service
@Transactional(readOnly = true)
public class InboxListing {

    /** The largest page of the inbox. */
    static final int MAX_PAGE_SIZE = 100;

    /** The most rows an export writes; the sheet 说明 says when the inbox was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** How many regions a search by region name may match. */
    private static final int NAMED_LIMIT = 200;

    private final InboxRows rows;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final DeadlineManagement deadlines;
    private final InboxWorkbook workbook;
    private final Clock clock;

    InboxListing(
            InboxRows rows,
            RegionManagement regions,
            RegulationManagement regulations,
            DeadlineManagement deadlines,
            InboxWorkbook workbook,
            Clock clock) {
        this.rows = rows;
        this.regions = regions;
        this.regulations = regulations;
        this.deadlines = deadlines;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the inbox (at most {@value #MAX_PAGE_SIZE} items).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code regulation}
     *     for a regulation the platform does not hold; 400 or 404 for a malformed or unknown region code
     */
    public PageResult<InboxItem> list(InboxFilter filter, int page, int size, Actor actor) {
        return PageResult.of(find(filter, actor, Paging.of(page, size, MAX_PAGE_SIZE)), i -> i);
    }

    /**
     * Every task the inbox shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook with its sheet 说明 (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link InboxFilter#exportFilters()} first.
     */
    public void export(InboxFilter filter, Actor actor, OutputStream out) throws IOException {
        Page<InboxItem> found = find(filter, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT));
        workbook.write(found.getContent(), found.getTotalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<InboxItem> find(InboxFilter f, Actor actor, Pageable page) {
        ListSort sort = ListSort.parse(f.sort(), InboxRows.SORTS, "due");
        String region = null;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        String text = null;
        List<String> named = List.of();
        if (f.keyword() != null && !f.keyword().isBlank()) {
            text = Like.containing(f.keyword()).toLowerCase(Locale.ROOT);
            named = regions.codesNamed(actor.scope().pathPrefix(), f.keyword().strip(), NAMED_LIMIT);
        }
        LocalDate today = deadlines.today();
        return rows.matching(
                new InboxRows.Conditions(
                        actor.role(),
                        actor.regionCode(),
                        actor.organizationId(),
                        actor.userId(),
                        actor.scope().pathPattern(),
                        today,
                        blank(f.subjectType()) ? null : f.subjectType().strip(),
                        f.stepKind() == null ? null : f.stepKind().name(),
                        regulationPrefixes(f),
                        region,
                        f.dueBand(),
                        text,
                        named),
                sort,
                page);
    }

    /**
     * The prefixes of the definition codes of the runs under the asked regulation and programme
     * ({@code CODE/}); null when neither is asked, empty when none matches both.
     */
    private Set<String> regulationPrefixes(InboxFilter f) {
        boolean byCode = !blank(f.regulationCode());
        if (!byCode && f.programme() == null) {
            return null;
        }
        List<RegulationSummary> all = regulations.list(true);
        String code = byCode ? f.regulationCode().strip() : null;
        if (byCode && all.stream().noneMatch(r -> r.code().equals(code))) {
            throw ApiException.invalid("regulation", "error.inbox.regulation", code);
        }
        Set<String> prefixes = new TreeSet<>();
        for (RegulationSummary r : all) {
            if ((code == null || r.code().equals(code)) && (f.programme() == null || r.programme() == f.programme())) {
                prefixes.add(r.code() + "/");
            }
        }
        return prefixes;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
