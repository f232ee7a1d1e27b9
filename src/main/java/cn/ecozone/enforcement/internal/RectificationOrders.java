package cn.ecozone.enforcement.internal;

import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.deadline.RegisteredDeadline;
import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.TitleRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders a rectification (Guizhou art. 23 限定期; IM eco-civ art. 18) or the period after a warning: the
 * period in working days from the day of the order (the decision's days, else the data's suggestion,
 * marked uncertain or silent with its note), registered as a deadline of the subject's government
 * ({@code RECTIFICATION}, counted from the next day), and the run of the regulation's
 * {@code enforcement.rectification} steps opened at the subject's report.
 */
@Component
class RectificationOrders {

    static final String DEADLINE_KIND = "RECTIFICATION";

    private final Rectifications rectifications;
    private final EnforcementRules rules;
    private final ProcedureManagement procedures;
    private final DeadlineManagement deadlines;
    private final RegionManagement regions;
    private final Clock clock;

    RectificationOrders(
            Rectifications rectifications,
            EnforcementRules rules,
            ProcedureManagement procedures,
            DeadlineManagement deadlines,
            RegionManagement regions,
            Clock clock) {
        this.rectifications = rectifications;
        this.rules = rules;
        this.procedures = procedures;
        this.deadlines = deadlines;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The suggested period of {@code stage} under {@code regulation}.
     *
     * @throws IllegalStateException when the data gives none (a warning or order always has one)
     */
    static TitleRules.Period period(Regulation regulation, Measure stage) {
        TitleRules.Period period = EnforcementRules.measure(regulation, stage).period();
        if (period == null) {
            throw new IllegalStateException(regulation.code() + ": no period for " + stage);
        }
        return period;
    }

    /**
     * Orders it.
     *
     * @param stage {@code RECTIFICATION} (an order) or {@code WARNING}
     * @param origin {@code PROPOSAL} or the kind of the check whose conclusion ordered it
     * @param workingDays the period the decision set, or {@code null} for the data's suggestion
     * @throws EnforcementFacts.PeriodOutOfRange when the days are not 1 to 250
     */
    @Transactional(propagation = Propagation.MANDATORY)
    RectificationEntity order(
            TitleRef title,
            Regulation regulation,
            Measure stage,
            String origin,
            Long proposalId,
            Long checkId,
            Integer workingDays,
            LocalDate orderedOn,
            String orderedBy) {
        TitleRules.Measure measure = EnforcementRules.measure(regulation, stage);
        TitleRules.Period period = period(regulation, stage);
        int days = workingDays == null ? period.suggestedWorkingDays() : workingDays;
        if (days < 1 || days > cn.ecozone.supervision.CheckConcluded.MAX_RECTIFICATION_WORKING_DAYS) {
            throw new EnforcementFacts.PeriodOutOfRange();
        }
        boolean suggested = workingDays == null;
        String note = suggested ? period.citation().noteZh() : null;
        RectificationEntity r = rectifications.saveAndFlush(new RectificationEntity(
                title,
                regulation.code(),
                regulation.version(),
                stage,
                origin,
                proposalId,
                checkId,
                measure.textZh(),
                days,
                period.citation().article() != null
                        ? period.citation().article()
                        : measure.citation().article(),
                note,
                orderedOn,
                orderedBy,
                clock.instant()));
        RegisteredDeadline due = subjectDeadline(r, orderedOn, days);
        RegionLevel level = regions.require(title.regionCode()).level();
        String name = name(r);
        String link = link(r);
        long runId = procedures.carryOver(
                new ProcedureSubject(
                        EnforcementRules.RECTIFICATION_RUN, r.id(), title.regionCode(), title.regionPath(), name, link),
                rules.rectificationPath(regulation, level),
                new CarriedRun(0, false, 0, clock.instant(), null, List.of()));
        return rectifications.saveAndFlush(r.scheduled(due.dueDate(), String.join("\n", due.explanation()), runId));
    }

    /**
     * Registers (or replaces) the subject's deadline of rectification {@code r}: {@code days} working
     * days counted from the day after {@code from}, for the subject's government at its level.
     */
    RegisteredDeadline subjectDeadline(RectificationEntity r, LocalDate from, int days) {
        RegionLevel level = regions.require(r.regionCode()).level();
        return deadlines.register(new DeadlineRequest(
                EnforcementRules.RECTIFICATION_RUN,
                r.id(),
                DEADLINE_KIND,
                name(r),
                r.regionCode(),
                BodyActors.role(Body.SUBJECT, level),
                from,
                days,
                Counting.NEXT_DAY,
                link(r)));
    }

    /**
     * A warning or revocation was decided (proposal {@code proposalId}) on overdue rectification
     * {@code r}: it ends, its deadline closed and its run ended, so the subject has no task left.
     *
     * @throws EnforcementFacts.NotOverdue unless it is overdue
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void escalate(RectificationEntity r, long proposalId) {
        rectifications.saveAndFlush(r.escalated());
        deadlines.close(EnforcementRules.RECTIFICATION_RUN, r.id(), DEADLINE_KIND);
        procedures.end(r.runId(), "整改逾期未完成，已依处理建议 " + proposalId + " 升级处理，整改程序结束");
    }

    private static String name(RectificationEntity r) {
        return (r.stage() == Measure.WARNING ? "警告后整改：" : "整改：") + r.subjectName();
    }

    private static String link(RectificationEntity r) {
        return "/enforcement/rectifications/" + r.id();
    }
}
