package cn.ecozone.indicator;

import cn.ecozone.indicator.OverviewRow.OverviewState;
import cn.ecozone.indicator.internal.ConfirmationPath;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionMapper;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReminderEntity;
import cn.ecozone.indicator.internal.Reminders;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.SubmissionOverviews;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The league's (or province's) overview of an edition and year (issue 14 §2, as DHIS2's approval
 * overview): each region below at the edition's levels with its year's state, and the 催报 reminder to
 * those that have not submitted. Regions come from the cached tree; the years and today's reminders are
 * one statement each, however many regions.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorOverviewManagement {

    /** Reminders count by the calendar day in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static final int MAX_PAGE = 200;

    public static final int MAX_REMIND = 100;

    private final EditionCatalog catalog;
    private final RegionManagement regions;
    private final SubmissionOverviews years;
    private final Reminders reminders;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    IndicatorOverviewManagement(
            EditionCatalog catalog,
            RegionManagement regions,
            SubmissionOverviews years,
            Reminders reminders,
            Clock clock,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.catalog = catalog;
        this.regions = regions;
        this.years = years;
        this.reminders = reminders;
        this.clock = clock;
        this.events = events;
        this.messages = messages;
    }

    /**
     * The overview under {@code parentCode} (null: the actor's own region), which must lie in the actor's
     * scope (else 404): the regions below it at the edition's levels and in its province, by code; the
     * counts per state, and the page of those in {@code state} (null: all).
     *
     * @param size 1 to {@value #MAX_PAGE} (clamped)
     */
    public IndicatorOverview overview(
            String edition, int year, String parentCode, OverviewState state, int page, int size, Actor actor) {
        EditionModel model = catalog.require(edition);
        IndicatorValueManagement.checkYear(model, year);
        Region parent = visible(parentCode == null ? actor.regionCode() : parentCode, actor);
        List<OverviewRow> rows = rows(model, year, parent, actor);
        Map<OverviewState, Long> counts = new EnumMap<>(OverviewState.class);
        for (OverviewState s : OverviewState.values()) {
            counts.put(s, 0L);
        }
        rows.forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        List<OverviewRow> filtered = state == null
                ? rows
                : rows.stream().filter(r -> r.state() == state).toList();
        int pageSize = Math.clamp(size, 1, MAX_PAGE);
        int number = Math.max(page, 0);
        List<OverviewRow> content =
                filtered.stream().skip((long) number * pageSize).limit(pageSize).toList();
        return new IndicatorOverview(
                edition,
                year,
                parent.code(),
                parent.name(),
                counts,
                new PageResult<>(content, number, pageSize, filtered.size()));
    }

    /**
     * Reminds (催报) each of {@code regionCodes} under the actor's region that has not submitted the year:
     * its reporting accounts are notified ({@link SubmissionReminded}, audited). A region outside the
     * overview answers 404, one submitted or confirmed 409, one reminded today already (by anyone) 409;
     * the others are reminded. At most {@value #MAX_REMIND} regions (else 400 {@code regions}).
     */
    @Transactional
    public List<ReminderOutcome> remind(
            String edition, int year, List<String> regionCodes, Actor actor, Locale locale) {
        if (regionCodes == null || regionCodes.isEmpty() || regionCodes.size() > MAX_REMIND) {
            throw ApiException.invalid("regions", "error.indicator.overview.remind-size", MAX_REMIND);
        }
        EditionModel model = catalog.require(edition);
        IndicatorValueManagement.checkYear(model, year);
        Region parent = visible(actor.regionCode(), actor);
        Map<String, OverviewRow> rows = rows(model, year, parent, actor).stream()
                .collect(Collectors.toMap(OverviewRow::regionCode, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<ReminderOutcome> out = new ArrayList<>();
        for (String code : new LinkedHashSet<>(regionCodes)) {
            OverviewRow row = rows.get(code);
            if (row == null) {
                out.add(refused(code, 404, "error.region.not-found", locale, code));
            } else if (!row.state().unsubmitted()) {
                out.add(refused(code, 409, "error.indicator.overview.not-to-remind", locale));
            } else if (reminders.insertIfAbsent(
                            edition, code, year, today, actor.userId(), name(actor), clock.instant())
                    == 0) {
                out.add(refused(code, 409, "error.indicator.overview.reminded-today", locale));
            } else {
                Region region = regions.require(code);
                events.publishEvent(new SubmissionReminded(
                        edition,
                        code,
                        region.name(),
                        year,
                        today,
                        SubjectRoles.reportersAt(region.level()),
                        name(actor),
                        "/indicator-entry?edition=" + edition + "&region=" + code + "&year=" + year));
                out.add(new ReminderOutcome(code, true, 200, null));
            }
        }
        return out;
    }

    private List<OverviewRow> rows(EditionModel model, int year, Region parent, Actor actor) {
        String edition = model.edition().code();
        Map<String, SubmissionEntity> held = years.ofYear(edition, year, parent.path() + "%").stream()
                .collect(Collectors.toMap(SubmissionEntity::regionCode, Function.identity()));
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        Set<String> remindedToday = reminders.sentOn(edition, year, today).stream()
                .map(ReminderEntity::regionCode)
                .collect(Collectors.toSet());
        String province = model.edition().provinceCode();
        List<RegionLevel> levels = EditionMapper.levels(model.edition().levels());
        List<OverviewRow> rows = new ArrayList<>();
        for (RegionLevel level : levels.isEmpty() ? List.of(RegionLevel.COUNTY) : levels) {
            if (level.ordinal() <= parent.level().ordinal()) {
                continue;
            }
            for (Region r : regions.descendants(parent.code(), level)) {
                if (province != null && !r.path().startsWith("/" + province + "/")) {
                    continue;
                }
                rows.add(row(r, held.get(r.code()), remindedToday.contains(r.code()), actor));
            }
        }
        rows.sort(Comparator.comparing(OverviewRow::regionCode));
        return rows;
    }

    private OverviewRow row(Region r, SubmissionEntity s, boolean reminded, Actor actor) {
        OverviewState state = s == null ? OverviewState.NOT_STARTED : OverviewState.of(s.state());
        String parentName =
                r.parentCode() == null ? null : regions.require(r.parentCode()).name();
        return new OverviewRow(
                r.code(),
                r.name(),
                parentName,
                state,
                s == null ? null : s.submittedAt(),
                s == null ? null : s.decidedAt(),
                s == null ? 0 : s.version(),
                reminded,
                state == OverviewState.SUBMITTED && ConfirmationPath.hasRoleOf(ConfirmationPath.CONFIRM, actor, r),
                state.unsubmitted() && !reminded);
    }

    private Region visible(String code, Actor actor) {
        Region region = regions.require(code);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", code);
        }
        return region;
    }

    private ReminderOutcome refused(String code, int status, String key, Locale locale, Object... args) {
        return new ReminderOutcome(code, false, status, messages.getMessage(key, args, key, locale));
    }

    private static String name(Actor actor) {
        return actor.displayName() == null ? actor.username() : actor.displayName();
    }
}
