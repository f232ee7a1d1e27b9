package cn.ecozone.publicity;

import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeListWorkbook;
import cn.ecozone.publicity.internal.NoticeViews;
import cn.ecozone.publicity.internal.PublicityNotices;
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
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of publicity notices (issue 14 §6) and its Excel export (§5): the notices in the
 * actor's data scope matching a {@link NoticeFilter}, in the order it asks for. A page takes the same
 * statements whatever its rows (the page, its count, the entries' counts in one statement).
 */
@Service
@Transactional(readOnly = true)
public class StaffNoticeList {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of(
            "title", "text.title",
            "published", "period.publishedOn",
            "ends", "period.endsOn",
            "state", "state",
            "created", "createdAt");

    private final PublicityNotices notices;
    private final NoticeViews views;
    private final NoticeListWorkbook workbook;
    private final Clock clock;

    StaffNoticeList(PublicityNotices notices, NoticeViews views, NoticeListWorkbook workbook, Clock clock) {
        this.notices = notices;
        this.views = views;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows).
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code year} outside
     *     2000–2100
     */
    public PageResult<NoticeSummary> list(NoticeFilter f, int page, int size, Actor actor) {
        return views.summaries(find(f, actor, Paging.of(page, size, 100, sort(f.sort()))), today());
    }

    /**
     * Every notice the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link NoticeFilter#exportFilters()} first.
     */
    public void export(NoticeFilter f, Actor actor, OutputStream out) throws IOException {
        PageResult<NoticeSummary> rows =
                views.summaries(find(f, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort()))), today());
        workbook.write(rows.content(), rows.totalElements(), clock.instant(), actor.displayName(), out);
    }

    private Page<NoticeEntity> find(NoticeFilter f, Actor actor, Pageable page) {
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw ApiException.invalid("year", "error.publicity.list.year");
        }
        // no year: every notice (published_on is a date within these bounds)
        LocalDate from = f.year() == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(f.year(), 1, 1);
        LocalDate to = f.year() == null ? LocalDate.of(3000, 1, 1) : LocalDate.of(f.year() + 1, 1, 1);
        return notices.filtered(
                actor.scope().pathPattern(),
                f.roundId(),
                f.state(),
                f.programme(),
                from,
                to,
                Like.containing(f.q()),
                page);
    }

    /** The whitelisted order, then the newest draft and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-created");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeManagement.ZONE));
    }
}
