package cn.ecozone.portal;

import cn.ecozone.portal.internal.ColumnItemEntity;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.portal.internal.ColumnViews;
import cn.ecozone.portal.internal.ColumnWorkbook;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of their own public column with search, filters and order, and its Excel export
 * (issue 14 §5, §6): what the list shows is what the export writes, for the actor's own region.
 */
@Service
@Transactional(readOnly = true)
public class ColumnListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The sort keys, each with the entity property it orders by; the default is {@code -drafted}. */
    static final Map<String, String> SORTS = Map.of(
            "drafted", "draftedAt",
            "published", "publishedAt",
            "title", "title",
            "state", "state",
            "kind", "kind");

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ColumnItems items;
    private final ColumnViews views;
    private final Clock clock;

    ColumnListing(ColumnItems items, ColumnViews views, Clock clock) {
        this.items = items;
        this.views = views;
        this.clock = clock;
    }

    /**
     * A page of the items of the actor's own column for the filter's programme, in every state but
     * withdrawn, matching the filter in its order: the page, its count and the page's files.
     *
     * @throws cn.ecozone.shared.ApiException 404 for an unknown programme, 400 naming {@code sort} for an
     *     unknown key
     */
    public PageResult<ColumnItem> list(ColumnItemFilter f, Actor actor, int page, int size) {
        return views.page(find(f, actor, Paging.of(page, size, PortalManagement.MAX_PAGE_SIZE, sort(f.sort()))));
    }

    /**
     * Every item the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx workbook,
     * written for the controller, which records the export in the audit log through {@code WorkbookExports}.
     */
    public void export(ColumnItemFilter f, Actor actor, OutputStream out) throws IOException {
        Page<ColumnItemEntity> found = find(f, actor, PageRequest.of(0, EXPORT_LIMIT, sort(f.sort())));
        ColumnWorkbook.write(
                found.getContent(), found.getTotalElements(), f, clock.instant(), actor.displayName(), out);
    }

    private Page<ColumnItemEntity> find(ColumnItemFilter f, Actor actor, PageRequest page) {
        String programme = PortalManagement.programme(f.programme()).name();
        LocalDate from = f.year() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(f.year() + 1, 1, 1);
        return items.ownFiltered(
                actor.regionCode(),
                programme,
                f.state(),
                f.kind() == null || f.kind().isBlank() ? null : f.kind().strip(),
                from.atStartOfDay(BEIJING).toInstant(),
                to.atStartOfDay(BEIJING).toInstant(),
                Like.containing(f.query()).toLowerCase(Locale.ROOT),
                page);
    }

    /** The whitelisted order, then the newest drafted and the newest id. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-drafted");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("draftedAt"), Sort.Order.desc("id")));
    }
}
