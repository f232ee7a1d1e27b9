package cn.ecozone.publicity;

import cn.ecozone.publicity.internal.ComplaintEntity;
import cn.ecozone.publicity.internal.ComplaintListWorkbook;
import cn.ecozone.publicity.internal.ComplaintRows;
import cn.ecozone.publicity.internal.Complaints;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's complaint list (issue 14 §6) and its Excel export (§5). Only the investigator and the
 * province's staff read a complaint in full; others see it without the complainant, the text or the
 * tracking number, and their search finds nothing hidden. The export writes what the list shows and
 * never the complainant's name, contact or text.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintList {

    /** The most rows an export writes; the sheet 说明 says when the list was longer. */
    static final int EXPORT_LIMIT = 5_000;

    /** The sort keys of the list, each with its entity property. */
    static final Map<String, String> SORTS = Map.of("received", "receivedAt", "due", "dueOn", "state", "state");

    private final Complaints complaints;
    private final ComplaintRows rows;
    private final ComplaintListWorkbook workbook;
    private final Clock clock;

    ComplaintList(Complaints complaints, ComplaintRows rows, ComplaintListWorkbook workbook, Clock clock) {
        this.complaints = complaints;
        this.rows = rows;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * One page of the list (at most 100 rows), newest first unless {@code sort} says otherwise.
     *
     * @throws ApiException 400 naming {@code sort} for a key not in the whitelist, {@code year} outside
     *     2000–2100
     */
    public PageResult<ComplaintView> list(ComplaintFilter f, int page, int size, Actor actor) {
        Page<ComplaintEntity> found = find(f, actor, Paging.of(page, size, 100, sort(f.sort())));
        return new PageResult<>(
                rows.views(found.getContent(), actor), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /**
     * Every complaint the list shows with this filter (up to {@value #EXPORT_LIMIT}), in its order, as an
     * .xlsx workbook (same refusals as {@link #list}). The caller sends it through
     * {@code WorkbookExports}, which records it with {@link ComplaintFilter#exportFilters()} first.
     */
    public void export(ComplaintFilter f, Actor actor, OutputStream out) throws IOException {
        Page<ComplaintEntity> found = find(f, actor, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT, sort(f.sort())));
        workbook.write(
                rows.views(found.getContent(), actor),
                found.getTotalElements(),
                clock.instant(),
                actor.displayName(),
                out);
    }

    private Page<ComplaintEntity> find(ComplaintFilter f, Actor actor, Pageable page) {
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            throw ApiException.invalid("year", "error.publicity.list.year");
        }
        // no year: every complaint (received_at lies within these bounds)
        Instant from = f.year() == null ? Instant.parse("1900-01-01T00:00:00Z") : start(f.year());
        Instant to = f.year() == null ? Instant.parse("3000-01-01T00:00:00Z") : start(f.year() + 1);
        return complaints.filtered(
                actor.scope().pathPattern(),
                f.noticeId(),
                f.state(),
                Like.containing(f.q()),
                actor.role() == Role.PROVINCE_STAFF,
                actor.role(),
                actor.regionCode(),
                from,
                to,
                page);
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(NoticeManagement.ZONE).toInstant();
    }

    /** The whitelisted order, then the newest and the id as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-received");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")));
    }
}
