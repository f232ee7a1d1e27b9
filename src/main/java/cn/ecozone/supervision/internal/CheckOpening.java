package cn.ecozone.supervision.internal;

import cn.ecozone.indicator.EditionsInForce;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the checks that have fallen due (issue 13 §2): for each N of a scheduled check, the titles not
 * revoked named in the window whose 满N年 day (plus the province's delay, Guizhou art. 22 适时) lies from
 * {@code catchUpDays} ago to today get one check each, on the engine, assigned to the province
 * department. Expired titles are checked too (a Guizhou base valid 3 years reaches its post-evaluation
 * the day its validity ends). A missed day is caught up at the next run; older dues are left (a title
 * named long before the platform is not checked retroactively); a province cannot lower its delay so
 * far that a check not opened yet would fall before that window ({@link #lostBy}, ADR 0035 amendment).
 * Per page of titles: the page, its regions' names and the checks already opened (three statements),
 * plus the writes of each opening.
 * Each opening is its own transaction; the unique key (title, check code) makes a second opening fail
 * and be skipped, even when two instances run at once.
 */
@Component
public class CheckOpening {

    static final String SUBJECT_TYPE = "SUPERVISION_CHECK";
    private static final int PAGE = 200;
    private static final int MAX_DELAY_DAYS = 366;

    private final TitleRecords titles;
    private final CheckRules rules;
    private final RegionManagement regions;
    private final SupervisionChecks checks;
    private final CheckSettings settings;
    private final ProcedureManagement procedures;
    private final EditionsInForce editions;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final int catchUpDays;

    CheckOpening(
            TitleRecords titles,
            CheckRules rules,
            RegionManagement regions,
            SupervisionChecks checks,
            CheckSettings settings,
            ProcedureManagement procedures,
            EditionsInForce editions,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${ecozone.supervision.catch-up-days:90}") int catchUpDays) {
        this.titles = titles;
        this.rules = rules;
        this.regions = regions;
        this.checks = checks;
        this.settings = settings;
        this.procedures = procedures;
        this.editions = editions;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.catchUpDays = catchUpDays;
    }

    /** Opens every check due by {@code today} not opened yet; returns how many it opened. */
    int openDue(LocalDate today) {
        Map<String, Integer> delays = new HashMap<>();
        settings.findAll()
                .forEach(s -> delays.put(s.key().provinceCode() + ":" + s.key().checkCode(), s.delayDays()));
        int[] opened = {0};
        eachUnopened(today, u -> {
            LocalDate due = u.reached()
                    .plusDays(delays.getOrDefault(u.province() + ":" + u.check().code(), 0));
            if (!due.isAfter(today)
                    && !due.isBefore(today.minusDays(catchUpDays))
                    && open(u.title(), u.regulation(), u.check(), u.reached(), due, today)) {
                opened[0]++;
            }
        });
        return opened[0];
    }

    /**
     * How many checks of {@code province}'s {@code checkCode}, not opened yet, would open under a delay of
     * {@code fromDays} but fall due before the catch-up window under {@code toDays}, so never open
     * (review finding 7): zero unless the delay is lowered.
     */
    public int lostBy(String province, String checkCode, int fromDays, int toDays, LocalDate today) {
        if (toDays >= fromDays) {
            return 0;
        }
        LocalDate oldest = today.minusDays(catchUpDays);
        int[] lost = {0};
        eachUnopened(today, u -> {
            if (u.province().equals(province)
                    && u.check().code().equals(checkCode)
                    && !u.reached().plusDays(fromDays).isBefore(oldest)
                    && u.reached().plusDays(toDays).isBefore(oldest)) {
                lost[0]++;
            }
        });
        return lost[0];
    }

    /** Days back a due day may lie and still be opened (a missed run caught up). */
    public int catchUpDays() {
        return catchUpDays;
    }

    /** A scheduled check of a title, not opened yet, with its 满N年 day and the title's province. */
    private record Unopened(
            TitleView title, Regulation regulation, TitleRules.Check check, LocalDate reached, String province) {}

    /**
     * Walks the scheduled checks not opened yet of the titles whose 满N年 day can still fall due under
     * any delay: per page of titles three statements (the page, its regions' names, the checks opened).
     */
    private void eachUnopened(LocalDate today, Consumer<Unopened> action) {
        Map<String, Optional<Regulation>> latest = new HashMap<>();
        for (int years : rules.years()) {
            LocalDate from = today.minusYears(years).minusDays(catchUpDays + MAX_DELAY_DAYS);
            // 29 February named, 28 February reached: the window's end reaches a day past today - N years
            LocalDate to = today.minusYears(years).plusDays(1);
            for (int page = 0; ; page++) {
                PageResult<TitleView> found = titles.namedBetween(from, to, page, PAGE);
                List<Long> ids = found.content().stream().map(TitleView::id).toList();
                Set<String> done = new HashSet<>(ids.isEmpty() ? List.of() : checks.openedKeys(ids));
                for (TitleView t : found.content()) {
                    Optional<Regulation> r = latest.computeIfAbsent(t.regulationCode(), rules::latest);
                    if (r.isEmpty()) {
                        continue;
                    }
                    for (TitleRules.Check c : CheckRules.scheduled(r.get())) {
                        if (c.afterYears() == years && !done.contains(t.id() + ":" + c.code())) {
                            action.accept(new Unopened(
                                    t,
                                    r.get(),
                                    c,
                                    CheckRules.anniversary(r.get(), t.namedOn(), years),
                                    provinceOf(regions.require(t.regionCode()).path())));
                        }
                    }
                }
                if ((long) (page + 1) * PAGE >= found.totalElements()) {
                    break;
                }
            }
        }
    }

    /** One opening in its own transaction; false when the check exists (another run was first). */
    private boolean open(
            TitleView t, Regulation r, TitleRules.Check c, LocalDate reached, LocalDate due, LocalDate today) {
        Region region = regions.require(t.regionCode());
        Optional<cn.ecozone.regulation.PlanRules.Path> path = c.path(region.level());
        if (path.isEmpty()) {
            return false;
        }
        String named = CheckRules.namedEdition(r, region.level());
        String edition = named == null
                ? null
                : editions.inForce(named, region.level(), today).orElse(named);
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                CheckEntity check = checks.saveAndFlush(CheckEntity.open(
                        new CheckEntity.Opening(
                                t.id(),
                                t.candidacyId(),
                                t.regionCode(),
                                region.path(),
                                t.subjectName(),
                                t.programme(),
                                c.code(),
                                c.kind(),
                                r.code(),
                                r.version(),
                                t.namedOn(),
                                reached,
                                due,
                                today,
                                edition),
                        clock.instant()));
                ProcedureDefinition definition = ProcedureDefinitions.of(
                        r.code() + "/check/" + c.code() + "/" + region.level(),
                        r.version(),
                        path.get().steps(),
                        region.level());
                long run = procedures
                        .start(
                                new ProcedureSubject(
                                        SUBJECT_TYPE,
                                        check.id(),
                                        t.regionCode(),
                                        region.path(),
                                        title(c.kind(), t.subjectName()),
                                        "/supervision/checks/" + check.id()),
                                definition,
                                platform(provinceOf(region.path())))
                        .id();
                checks.saveAndFlush(check.runStarted(run));
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** The inbox's title of a check. */
    static String title(TitleRules.CheckKind kind, String subject) {
        String what = kind == TitleRules.CheckKind.POST_EVALUATION ? "后评估" : "现场核查";
        String text = what + "：" + subject;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** The platform acting for the province department when it opens the step (a scheduled job). */
    private static Actor platform(String province) {
        return new Actor(
                0, "platform", "平台（定时开启）", Role.PROVINCE_STAFF, 0, "平台", province, "/" + province + "/", false);
    }

    static String provinceOf(String path) {
        return path.substring(1, path.indexOf('/', 1));
    }
}
