package cn.ecozone.report;

import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.report.internal.ReportEntity;
import cn.ecozone.report.internal.ReportOpening;
import cn.ecozone.report.internal.ReportProcedure;
import cn.ecozone.report.internal.ReportViews;
import cn.ecozone.report.internal.Reports;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleState;
import cn.ecozone.title.TitleView;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Opening an annual report (split from {@link ReportManagement}, which holds the transaction): who may open
 * it, on which years, along which path of the latest regulation (ADR 0029), due on which day; the report
 * is saved, its run started and its deadline registered.
 */
@Component
class ReportOpener {

    private final Reports reports;
    private final TitleRecords titles;
    private final RegionManagement regions;
    private final RegulationManagement regulations;
    private final ReportSettingManagement settings;
    private final ReportProcedure procedure;
    private final ReportViews views;
    private final DeadlineManagement deadlines;

    ReportOpener(
            Reports reports,
            TitleRecords titles,
            RegionManagement regions,
            RegulationManagement regulations,
            ReportSettingManagement settings,
            ReportProcedure procedure,
            ReportViews views,
            DeadlineManagement deadlines) {
        this.reports = reports;
        this.titles = titles;
        this.regions = regions;
        this.regulations = regulations;
        this.settings = settings;
        this.procedure = procedure;
        this.views = views;
        this.deadlines = deadlines;
    }

    /**
     * Opens the report of title {@code titleId} on {@code year}. Preconditions: the actor is the subject
     * government of the title's region; the title is not revoked; the year is past and not before the
     * naming (400); not after the validity's last year ({@link ReportFacts.YearAfterValidity}, 409);
     * the latest regulation has a report path for the subject's level; no report of that year yet (409).
     */
    ReportEntity open(long titleId, Integer year, Actor actor) {
        TitleView title = titles.find(titleId)
                .filter(t ->
                        actor.scope().includes(regions.require(t.regionCode()).path()))
                .orElseThrow(() -> ApiException.notFound("report.title.not-found", titleId));
        Region region = regions.require(title.regionCode());
        if (!SubjectRoles.isGovernment(actor, region.code(), region.level())) {
            throw ApiException.forbidden("report.not-subject");
        }
        // a revoked title reports no more; an expired one may still report on the years it was valid
        // (GZ art. 18: the summaries are the post-evaluation's reference at 满3年, when the title ends)
        if (title.state() == TitleState.REVOKED) {
            throw ApiException.conflict("report.title.not-valid", title.state().name());
        }
        LocalDate today = deadlines.today();
        if (year == null) {
            throw ApiException.invalid("year", "validation.required");
        }
        int last = today.getYear() - 1;
        if (year > last || year < title.namedOn().getYear()) {
            throw ApiException.invalid(
                    "year", "report.year.range", title.namedOn().getYear(), last);
        }
        // ADR 0029: the latest published version of the title's regulation, whatever version it was named under
        Regulation regulation = regulations.latest(title.regulationCode(), false);
        TitleRules.Check check = regulation.title() == null
                ? null
                : regulation.title().checks(TitleRules.CheckKind.ANNUAL_REPORT).stream()
                        .findFirst()
                        .orElse(null);
        PlanRules.Path path = check == null ? null : check.path(region.level()).orElse(null);
        if (path == null) {
            throw ApiException.conflict("report.no-path", regulation.code(), regulation.version());
        }
        // IM eco-civ art. 17, IM Two Mountains art. 17, GZ art. 18: the annual report is the duty of the
        // titled region (示范区, 基地建设主体, 贵州省"两山"基地); a year after the title's validity ended
        // (GZ art. 16: 有效期3年) is no year of a titled region, so it is not reported (docs/report.md)
        if (year > title.validUntil().getYear()) {
            throw new ReportFacts.YearAfterValidity(
                    title.validUntil(),
                    year,
                    check.citation() == null ? "—" : check.citation().article());
        }
        if (reports.existsByTitleIdAndYear(titleId, year)) {
            throw ApiException.conflict("report.duplicate", title.subjectName(), year);
        }
        String jurisdiction = ReportSettingManagement.province(region.path());
        ReportSettingManagement.Due due = settings.due(jurisdiction, regulation, check, year)
                .orElseThrow(() -> ApiException.conflict("report.no-due", regulation.code()));
        String edition = regulation
                .indicatorsFor(region.level())
                .map(Regulation.IndicatorRule::edition)
                .orElse(null);
        ReportEntity r = new ReportEntity(
                new ReportOpening(
                        titleId,
                        region.code(),
                        region.path(),
                        title.subjectName(),
                        title.programme(),
                        regulation.code(),
                        regulation.version(),
                        check.code(),
                        region.level(),
                        year,
                        due.date(),
                        due.fromSetting(),
                        edition),
                actor.username(),
                views.now());
        try {
            r = reports.saveAndFlush(r);
        } catch (DataIntegrityViolationException e) {
            throw ApiException.conflict("report.duplicate", title.subjectName(), year);
        }
        procedure.start(r, ReportProcedure.definition(regulation.code(), regulation.version(), path), actor);
        registerDeadline(r, actor);
        return r;
    }

    private void registerDeadline(ReportEntity r, Actor actor) {
        // the report is due on its day; a day off moves it to the next working day (民法典 第二百零三条)
        deadlines.register(new DeadlineRequest(
                ReportProcedure.SUBJECT_TYPE,
                r.id(),
                ReportManagement.DEADLINE_KIND,
                r.subjectName() + " " + r.year() + "年度报告",
                r.regionCode(),
                actor.role(),
                r.dueOn(),
                1,
                Counting.SAME_DAY,
                "/annual-reports/" + r.id()));
    }
}
