package cn.ecozone.deadline;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.WorkingDayCalendar;
import cn.ecozone.deadline.internal.DeadlineListRows;
import cn.ecozone.deadline.internal.DeadlineWorkbook;
import cn.ecozone.deadline.internal.WorkingDaysLeft;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline list with search, due range, overdue filter and order, and its Excel export (issue 14
 * §5, §6). Who sees a deadline is as {@link DeadlineManagement} says: in the actor's scope, and of the
 * actor's role unless the actor supervises.
 */
@Service
public class DeadlineListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    private static final int MAX_WITHIN = 250;
    private static final int MAX_PAGE_SIZE = 100;
    private static final int NAMED_LIMIT = 500;

    private final DeadlineListRows rows;
    private final CalendarManagement calendar;
    private final RegionManagement regions;
    private final DeadlineWorkbook workbook;
    private final Clock clock;

    DeadlineListing(
            DeadlineListRows rows,
            CalendarManagement calendar,
            RegionManagement regions,
            DeadlineWorkbook workbook,
            Clock clock) {
        this.rows = rows;
        this.calendar = calendar;
        this.regions = regions;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * A page of the open deadlines the actor sees that match the filter, in its order: one statement
     * for the page, one for the count (region names and the calendar are cached). No transaction spans
     * them (ADR 0017).
     *
     * @param size 1 to 100 (clamped)
     * @throws ApiException 400 naming {@code sort} for an unknown key, {@code dueFrom} after {@code dueTo}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageResult<DeadlineItem> list(Actor actor, DeadlineFilter filter, Locale locale, int page, int size) {
        if (actor.role().administrator()) {
            return new PageResult<>(List.of(), 0, Math.clamp(size, 1, MAX_PAGE_SIZE), 0);
        }
        return page(actor, filter, locale, Paging.of(page, size, MAX_PAGE_SIZE));
    }

    /**
     * Every deadline the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx
     * workbook with its sheet 说明, the explanation in {@code locale}; the caller sends it through
     * {@code WorkbookExports}, which records it with {@link DeadlineFilter#exportFilters()} first.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void export(Actor actor, DeadlineFilter filter, Locale locale, OutputStream out) throws IOException {
        PageResult<DeadlineItem> found = page(actor, filter, locale, Paging.of(0, EXPORT_LIMIT, EXPORT_LIMIT));
        workbook.write(found.content(), found.totalElements(), filter, clock.instant(), actor.displayName(), out);
    }

    private PageResult<DeadlineItem> page(Actor actor, DeadlineFilter f, Locale locale, Pageable pageable) {
        if (f.dueFrom() != null && f.dueTo() != null && f.dueFrom().isAfter(f.dueTo())) {
            throw ApiException.invalid("dueFrom", "error.deadline.due-range");
        }
        ListSort sort = ListSort.parse(f.sort(), DeadlineListRows.SORTS, "due");
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineManagement.ZONE);
        WorkingDayCalendar cal = calendar.calendar();
        boolean supervisor = DeadlineManagement.SUPERVISORS.contains(actor.role());
        String text =
                f.query() == null || f.query().isBlank() ? null : f.query().strip();
        LocalDate dueBy = f.dueTo() != null
                ? f.dueTo()
                : WorkingDaysLeft.lastDueWithin(cal, today, Math.clamp(f.within(), 0, MAX_WITHIN));
        Page<DeadlineListRows.Row> found = rows.matching(
                actor.scope(),
                new DeadlineListRows.Conditions(
                        dueBy,
                        supervisor ? null : actor.role(),
                        f.dueFrom(),
                        f.overdue(),
                        today,
                        text == null ? null : Like.containing(text).toLowerCase(Locale.ROOT),
                        text == null
                                ? List.of()
                                : regions.codesNamed(actor.scope().pathPrefix(), text, NAMED_LIMIT)),
                sort,
                "en".equals(locale.getLanguage()),
                pageable);
        Map<String, String> regionNames = regions.names(found.getContent().stream()
                .map(DeadlineListRows.Row::regionCode)
                .collect(Collectors.toSet()));
        return PageResult.of(found, d -> {
            int left = WorkingDaysLeft.between(cal, today, d.dueDate());
            return new DeadlineItem(
                    d.id(),
                    d.subjectType(),
                    d.subjectId(),
                    d.kind(),
                    d.title(),
                    d.regionCode(),
                    regionNames.get(d.regionCode()),
                    d.role(),
                    d.startDate(),
                    d.workingDays(),
                    d.dueDate(),
                    left,
                    left < 0,
                    d.role() == actor.role(),
                    List.of(d.explanation().split("\n")),
                    d.link());
        });
    }
}
