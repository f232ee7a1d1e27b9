package cn.ecozone.deadline;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.deadline.internal.DeadlineEntity;
import cn.ecozone.deadline.internal.DeadlineListRows;
import cn.ecozone.deadline.internal.Deadlines;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines as data: other modules register a deadline when an act starts a period of N working
 * days (e.g. plan filing within 15 working days of promulgation, IM eco-civ art. 6) and close it when
 * the expected act is done; the deadline list shows the open ones; {@code DeadlineJob} reminds and
 * flags overdue ones by events.
 *
 * <p>Who sees a deadline in the list: it must lie in the actor's data scope, and either the actor
 * holds the role expected to act, or the actor is supervising staff ({@link #SUPERVISORS}: 厅 and
 * 盟市生态环境局 staff), who see every deadline in their scope. The admin roles see none.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineManagement {

    /** The zone in which "today" and due dates are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Roles that see every deadline in their scope, not only those of their own role. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF);

    private static final int MAX_WITHIN = 250;

    private static final int MAX_PAGE_SIZE = 100;

    private final Deadlines deadlines;
    private final DeadlineListRows rows;
    private final CalendarManagement calendar;
    private final RegionManagement regions;
    private final Clock clock;
    private final DeadlineListing listing;

    DeadlineManagement(
            Deadlines deadlines,
            DeadlineListRows rows,
            CalendarManagement calendar,
            RegionManagement regions,
            Clock clock,
            DeadlineListing listing) {
        this.deadlines = deadlines;
        this.rows = rows;
        this.calendar = calendar;
        this.regions = regions;
        this.clock = clock;
        this.listing = listing;
    }

    /**
     * Registers the deadline of a subject, computing the due date and its explanation with the
     * working-day calendar. If the subject already has an open deadline of that kind, it is replaced
     * (a changed due date is reminded of afresh), so calling this twice is harmless, at the same
     * instant too: the row is inserted unless one is open ({@code on conflict do nothing} on the
     * unique key) and then locked and defined, so two concurrent registrations end as one insert and
     * one replace, never as a duplicate-key error (issue 8 §3).
     *
     * <p>Preconditions (a caller's bug otherwise, {@link IllegalArgumentException}): non-blank subject
     * type, kind and title; a business (non-admin) role; a link that is an absolute UI path.
     *
     * @throws cn.ecozone.shared.ApiException 404 for an unknown region; 422 when the period reaches a
     *     year whose calendar is not held, or for fewer than 1 working day
     */
    @Transactional
    public RegisteredDeadline register(DeadlineRequest request) {
        check(request);
        Region region = regions.require(request.regionCode());
        Deadline zh = calendar.deadline(
                request.startDate(), request.workingDays(), request.counting(), Locale.SIMPLIFIED_CHINESE);
        Deadline en = calendar.deadline(request.startDate(), request.workingDays(), request.counting(), Locale.ENGLISH);
        String explanationZh = String.join("\n", zh.explanation());
        String explanationEn = String.join("\n", en.explanation());
        deadlines.insertOpenIfAbsent(
                request.subjectType(),
                request.subjectId(),
                request.kind(),
                request.title().strip(),
                region.code(),
                region.path(),
                request.role().name(),
                request.startDate(),
                request.workingDays(),
                request.counting().name(),
                zh.date(),
                explanationZh,
                explanationEn,
                request.link(),
                clock.instant());
        DeadlineEntity entity = deadlines
                .lockOpen(request.subjectType(), request.subjectId(), request.kind())
                .orElseThrow(() -> new IllegalStateException("open deadline missing after insert"));
        entity.define(
                request.title().strip(),
                region.code(),
                region.path(),
                request.role(),
                request.startDate(),
                request.workingDays(),
                request.counting(),
                zh.date(),
                explanationZh,
                explanationEn,
                request.link());
        deadlines.saveAndFlush(entity);
        return new RegisteredDeadline(entity.id(), zh.date(), zh.explanation());
    }

    /**
     * How the open deadline of the subject and kind was counted, in English or in Chinese as
     * {@code locale} asks (issue 14 §8: the English UI shows the English explanation), one sentence per
     * line; empty when none is open.
     */
    public Optional<List<String>> openExplanation(String subjectType, long subjectId, String kind, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return deadlines
                .findOpen(subjectType, subjectId, kind)
                .map(d -> d.explanation(english))
                .filter(text -> text != null && !text.isBlank())
                .map(text -> List.of(text.split("\n")));
    }

    /**
     * As {@link #openExplanation}, for the open deadlines of many subjects of one type at once (a list's
     * page; issue 14 §8: the plan list's filing explanation in English), in one statement.
     *
     * @return subject id → kind → the explanation's lines; subjects without an open deadline are absent
     */
    public Map<Long, Map<String, List<String>>> openExplanations(
            String subjectType, Collection<Long> subjectIds, Locale locale) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        boolean english = "en".equals(locale.getLanguage());
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        for (var d : deadlines.findOpenOf(subjectType, subjectIds)) {
            String text = d.explanation(english);
            if (text != null && !text.isBlank()) {
                out.computeIfAbsent(d.subjectId(), id -> new HashMap<>()).put(d.kind(), List.of(text.split("\n")));
            }
        }
        return out;
    }

    /** Marks the open deadline of the subject and kind done, recording whether it was met on time. */
    @Transactional
    public ClosedDeadline close(String subjectType, long subjectId, String kind) {
        return deadlines
                .findOpen(subjectType, subjectId, kind)
                .map(d -> {
                    d.close(clock.instant(), today());
                    deadlines.saveAndFlush(d);
                    return Boolean.TRUE.equals(d.closedLate()) ? ClosedDeadline.LATE : ClosedDeadline.ON_TIME;
                })
                .orElse(ClosedDeadline.NOT_OPEN);
    }

    /**
     * Renames the open deadline of the subject and kind, if one is open (its subject was renamed); its
     * due date and reminders are unchanged. Precondition: a title of 1 to 300 characters.
     */
    @Transactional
    public void retitle(String subjectType, long subjectId, String kind, String title) {
        if (blank(title) || title.strip().length() > 300) {
            throw new IllegalArgumentException("a title of 1 to 300 characters");
        }
        deadlines.lockOpen(subjectType, subjectId, kind).ifPresent(d -> d.retitle(title.strip()));
    }

    /** As {@link #list(Actor, int, Locale, int, int)}: the first 100, with the explanation in Chinese. */
    public PageResult<DeadlineItem> list(Actor actor, int withinWorkingDays) {
        return list(actor, withinWorkingDays, Locale.SIMPLIFIED_CHINESE, 0, MAX_PAGE_SIZE);
    }

    /**
     * A page of the deadline list: open deadlines the actor sees (see the class comment) that are
     * overdue or due within {@code withinWorkingDays} working days, the earliest first. The working
     * days become a last due date first, so the database pages: one statement for the page, one for
     * the count (the region names and the calendar come from caches), however many deadlines are
     * open. No transaction spans them (as for the scorecard, ADR 0017).
     *
     * @param withinWorkingDays 0 to 250 (clamped)
     * @param size 1 to 100 (clamped)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageResult<DeadlineItem> list(Actor actor, int withinWorkingDays, Locale locale, int page, int size) {
        return listing.list(actor, DeadlineFilter.within(withinWorkingDays), locale, page, size);
    }

    /** Today in {@link #ZONE}, by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static void check(DeadlineRequest r) {
        if (blank(r.subjectType()) || blank(r.kind()) || blank(r.title())) {
            throw new IllegalArgumentException("subject type, kind and title are required");
        }
        if (r.subjectType().length() > 32
                || r.kind().length() > 64
                || r.title().strip().length() > 300) {
            throw new IllegalArgumentException("subject type, kind or title too long");
        }
        if (r.role() == null || r.role().administrator()) {
            throw new IllegalArgumentException("a deadline is for a business role, not " + r.role());
        }
        if (r.link() == null
                || !r.link().startsWith("/")
                || r.link().startsWith("//")
                || r.link().length() > 300) {
            throw new IllegalArgumentException("the link must be an absolute UI path: " + r.link());
        }
        if (r.startDate() == null || r.counting() == null) {
            throw new IllegalArgumentException("start date and counting are required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
