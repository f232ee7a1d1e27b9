package cn.ecozone.report;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.report.internal.ReportEntity;
import cn.ecozone.report.internal.ReportProcedure;
import cn.ecozone.report.internal.ReportViews;
import cn.ecozone.report.internal.Reports;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual reports of titled subjects (issue 13 §1, ADR 0034). The subject government of a title's region
 * opens the report on a past year; it runs along the path of the {@code ANNUAL_REPORT} check of the latest
 * published version of the title's regulation (ADR 0029), due on the province's day or the regulation's
 * suggestion (registered as a deadline). The subject writes, attaches and submits (the scorecard and key
 * projects are frozen then); reviewers return with reasons or accept. Reads follow the data scope (404
 * outside it); a stale version is 409; two acts at once: one wins, the other 409.
 */
@Service
@Transactional(readOnly = true)
public class ReportManagement {

    /** The deadline kind of a report's submission. */
    public static final String DEADLINE_KIND = "ANNUAL_REPORT";

    private static final int TEXT_LENGTH = 20000;

    private final Reports reports;
    private final ReportOpener opening;
    private final RegionManagement regions;
    private final ReportProcedure procedure;
    private final ReportViews views;
    private final DeadlineManagement deadlines;

    ReportManagement(
            Reports reports,
            ReportOpener opening,
            RegionManagement regions,
            ReportProcedure procedure,
            ReportViews views,
            DeadlineManagement deadlines) {
        this.reports = reports;
        this.opening = opening;
        this.regions = regions;
        this.procedure = procedure;
        this.views = views;
        this.deadlines = deadlines;
    }

    /**
     * A page of the reports in the actor's scope that match the filter, newest year first: the page, its
     * count and the regions' names, whatever the number of reports.
     *
     * @param size 1 to 100 (clamped)
     */
    public PageResult<ReportSummary> list(ReportFilter f, int page, int size, Actor actor) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        Page<ReportEntity> found = reports.search(
                actor.scope().pathPattern(),
                region,
                f.year(),
                f.state(),
                Like.containing(f.query()).toLowerCase(Locale.ROOT),
                Paging.of(page, size, 100));
        return new PageResult<>(
                views.summaries(found.getContent()), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /** One report with its run. @throws ApiException 404 outside the actor's scope */
    public ReportView view(long id, Actor actor) {
        ReportEntity r = visible(id, actor);
        return views.of(r, procedure.run(r, actor), actor);
    }

    /**
     * Opens the report of title {@code titleId} on {@code year} ({@link ReportOpener#open}: who, which
     * years, the path and the due day).
     */
    @Transactional
    public ReportView open(long titleId, Integer year, Actor actor) {
        return save(opening.open(titleId, year, actor), actor);
    }

    /** Rewrites the text and progress of a report that is with its subject. */
    @Transactional
    public ReportView update(long id, ReportInput in, Long version, Actor actor) {
        ReportEntity r = current(id, version, actor);
        requireSubjectTask(r, actor);
        r.write(text(in.text(), "text"), text(in.progress(), "progress"), views.now());
        return save(r, actor);
    }

    /** Refuses an attachment to a report the actor may not edit now, before its bytes are stored. */
    @Transactional
    public void requireAttachable(long id, Long version, Actor actor) {
        requireSubjectTask(current(id, version, actor), actor);
    }

    /** Attaches a stored document in the transaction recording it, checking again (ReportDocuments). */
    @Transactional
    ReportView attach(long id, long documentId, String name, Long version, Actor actor) {
        ReportEntity r = current(id, version, actor);
        requireSubjectTask(r, actor);
        r.attach(documentId, name, views.now());
        return save(r, actor);
    }

    /**
     * Carries out a panel command. The subject's {@code ACT} at {@code SUBMIT} first freezes the scorecard
     * and key projects for the step's current opening; the engine then checks {@code REPORT_COMPLETE}
     * (409 naming it when the text is missing, nothing kept).
     */
    @Transactional
    public ReportView act(long id, ReportCommand command, Actor actor) {
        ReportEntity r = current(id, command.version(), actor);
        RunView run = procedure.run(r, actor);
        String action = command.action() == null ? "" : command.action();
        RunView after = switch (action) {
            case "ACT" -> {
                boolean submitting = ReportProcedure.SUBMIT.equals(command.stepCode())
                        || (command.stepCode() == null && ReportProcedure.SUBMIT.equals(run.currentStepCode()));
                if (submitting) {
                    if (ReportProcedure.task(run, "ACT", ReportProcedure.SUBMIT).isEmpty()) {
                        throw new cn.ecozone.procedure.ProcedureFacts.NotTheActor();
                    }
                    views.freeze(r, procedure.opening(r), actor);
                    RunView done = procedure.act(r, run, ReportProcedure.SUBMIT, command.opinion(), actor);
                    deadlines.close(ReportProcedure.SUBJECT_TYPE, r.id(), DEADLINE_KIND);
                    yield done;
                }
                yield procedure.act(r, run, command.stepCode(), command.opinion(), actor);
            }
            case "RETURN" -> procedure.returnWithReason(run, command.reason(), actor);
            case "WITHDRAW" -> procedure.withdraw(run, actor);
            default -> throw ApiException.invalid("action", "report.action.unknown", action);
        };
        r.moved(ReportProcedure.state(after), after.currentStepCode(), views.now());
        return save(r, actor);
    }

    /** The id of an attachment of a visible report. @throws ApiException 404 otherwise */
    long attachment(long id, long documentId, Actor actor) {
        ReportEntity r = visible(id, actor);
        return r.attachments().stream()
                .filter(a -> a.documentId() == documentId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("report.attachment.not-found", documentId))
                .documentId();
    }

    private void requireSubjectTask(ReportEntity r, Actor actor) {
        if (!r.withSubject()) {
            throw ApiException.conflict("report.not-editable", r.state().name());
        }
        RunView run = procedure.run(r, actor);
        if (ReportProcedure.task(run, "ACT", ReportProcedure.SUBMIT).isEmpty()) {
            throw new cn.ecozone.procedure.ProcedureFacts.NotTheActor();
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > TEXT_LENGTH) {
            throw ApiException.invalid(field, "validation.size.max", TEXT_LENGTH);
        }
        return v;
    }

    private ReportView save(ReportEntity r, Actor actor) {
        ReportEntity saved = reports.saveAndFlush(r);
        return views.of(saved, procedure.run(saved, actor), actor);
    }

    /**
     * The report to change, its row locked: of two changes at once the second waits and then finds the
     * version it was sent stale (409).
     */
    private ReportEntity current(long id, Long version, Actor actor) {
        ReportEntity r = reports.lock(id)
                .filter(x -> actor.scope().includes(x.regionPath()))
                .orElseThrow(() -> ApiException.notFound("report.not-found", id));
        if (version == null || version != r.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        return r;
    }

    private ReportEntity visible(long id, Actor actor) {
        return reports.findById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .orElseThrow(() -> ApiException.notFound("report.not-found", id));
    }
}
