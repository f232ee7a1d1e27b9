package cn.ecozone.supervision;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckContent;
import cn.ecozone.supervision.internal.CheckEntity;
import cn.ecozone.supervision.internal.CheckFindingEntity;
import cn.ecozone.supervision.internal.CheckFindings;
import cn.ecozone.supervision.internal.SupervisionChecks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled checks after the title (issue 13 §2): the paged list in the reader's scope, one check
 * with its checklist or index scorecards, and what the province department records on it: findings,
 * and the conclusion, which completes the check's step ({@code CHECK_CONCLUDED}) and publishes {@link
 * CheckConcluded} in one transaction. The checks themselves are opened by the opening job.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionManagement {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SupervisionChecks checks;
    private final CheckFindings findings;
    private final RegionManagement regions;
    private final ProcedureManagement procedures;
    private final CheckContent content;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionManagement(
            SupervisionChecks checks,
            CheckFindings findings,
            RegionManagement regions,
            ProcedureManagement procedures,
            CheckContent content,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.findings = findings;
        this.regions = regions;
        this.procedures = procedures;
        this.content = content;
        this.events = events;
        this.clock = clock;
    }

    /** One check in the reader's scope (404 outside it), with its content for the reader. */
    public CheckView view(long id, Actor actor, Locale locale) {
        return content.view(readable(id, actor), actor, locale);
    }

    /** Records a finding while the check is open. @throws ApiException 400 naming the field */
    @Transactional
    public CheckView addFinding(long id, FindingInput input, Actor actor, Locale locale) {
        CheckEntity check = recordable(id, actor);
        String text = input == null ? null : input.textZh();
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("textZh", "supervision.finding.text-required");
        }
        if (text.strip().length() > 2000) {
            throw ApiException.invalid("textZh", "supervision.text.too-long", 2000);
        }
        String indicator =
                input.indicatorCode() == null || input.indicatorCode().isBlank()
                        ? null
                        : input.indicatorCode().strip();
        if (indicator != null && indicator.length() > 40) {
            throw ApiException.invalid("indicatorCode", "supervision.text.too-long", 40);
        }
        findings.saveAndFlush(
                new CheckFindingEntity(check.id(), indicator, text.strip(), actor.username(), clock.instant()));
        return content.view(check, actor, locale);
    }

    /** Removes a finding while the check is open. */
    @Transactional
    public CheckView removeFinding(long id, long findingId, Actor actor, Locale locale) {
        CheckEntity check = recordable(id, actor);
        CheckFindingEntity f = findings.findById(findingId)
                .filter(x -> x.checkId() == check.id())
                .orElseThrow(SupervisionFacts.FindingNotFound::new);
        findings.delete(f);
        findings.flush();
        return content.view(check, actor, locale);
    }

    /**
     * Records the conclusion with the scorecard(s) judged, frozen (ADR 0035), and completes the check's
     * step in one transaction, then publishes {@link
     * CheckConcluded} (persistently, with the transaction). Two at once: the row lock lets one through,
     * the other gets 409.
     *
     * @throws ApiException 400 naming the field, 409 when concluded or stale
     */
    @Transactional
    public CheckView conclude(long id, ConclusionInput input, Actor actor, Locale locale) {
        ConclusionInput in = valid(input);
        CheckEntity check = recordable(id, actor);
        if (in.version() != null && in.version() != check.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        RunView run = procedures.view(check.runId(), actor);
        RunView.AllowedAction act = run.allowedActions().stream()
                .filter(a -> "ACT".equals(a.action()))
                .findFirst()
                .orElseThrow(SupervisionFacts.NoOpenTask::new);
        Integer days = Boolean.TRUE.equals(in.problemsFound())
                ? (in.rectificationWorkingDays() != null ? in.rectificationWorkingDays() : content.suggestedDays(check))
                : null;
        CheckConcluded event = check.conclude(
                in.problemsFound(),
                Boolean.TRUE.equals(in.falsificationFound()),
                days,
                in.textZh().strip(),
                LocalDate.ofInstant(clock.instant(), BEIJING),
                actor.username(),
                clock.instant(),
                content.judgedNow(check, actor));
        checks.saveAndFlush(check);
        procedures.act(
                new ProcedureCommand.Act(
                        run.id(), run.version(), act.taskId(), null, in.textZh().strip(), List.of(), List.of()),
                actor);
        events.publishEvent(event);
        return content.view(check, actor, locale);
    }

    private static ConclusionInput valid(ConclusionInput in) {
        if (in == null || in.problemsFound() == null) {
            throw ApiException.invalid("problemsFound", "supervision.conclusion.problems-required");
        }
        if (in.textZh() == null || in.textZh().isBlank()) {
            throw ApiException.invalid("textZh", "supervision.conclusion.text-required");
        }
        if (in.textZh().strip().length() > 4000) {
            throw ApiException.invalid("textZh", "supervision.text.too-long", 4000);
        }
        Integer days = in.rectificationWorkingDays();
        if (days != null && (days < 1 || days > CheckConcluded.MAX_RECTIFICATION_WORKING_DAYS)) {
            throw ApiException.invalid(
                    "rectificationWorkingDays",
                    "supervision.conclusion.days-range",
                    1,
                    CheckConcluded.MAX_RECTIFICATION_WORKING_DAYS);
        }
        return in;
    }

    private CheckEntity readable(long id, Actor actor) {
        return checks.findById(id)
                .filter(c -> actor.scope().includes(c.regionPath()))
                .orElseThrow(SupervisionFacts.CheckNotFound::new);
    }

    /** The check locked, for the province department in scope, while open. */
    private CheckEntity recordable(long id, Actor actor) {
        CheckEntity check = checks.lockById(id)
                .filter(c -> actor.scope().includes(c.regionPath()))
                .orElseThrow(SupervisionFacts.CheckNotFound::new);
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw new SupervisionFacts.NotTheChecker();
        }
        return check.requireOpen();
    }
}
