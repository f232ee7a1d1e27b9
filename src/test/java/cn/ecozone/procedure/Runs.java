package cn.ecozone.procedure;

import cn.ecozone.calendar.Counting;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.StepDefinition.Period;
import cn.ecozone.region.Region;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Definitions, subjects and actors for the engine's integration tests. */
final class Runs {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private Runs() {}

    /**
     * SUBMIT (county) → EXAMINE (league, 5 working days from the submission) → DIVISION_CHECK (the
     * province's divisions in parallel) → DECIDE (province).
     */
    static ProcedureDefinition chain() {
        return new ProcedureDefinition(
                "TEST/application/COUNTY",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT), null),
                        step(
                                "EXAMINE",
                                StepKind.EXAMINE,
                                ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE),
                                new Period(5, Counting.NEXT_DAY, "SUBMIT")),
                        step(
                                "DIVISION_CHECK",
                                StepKind.PARALLEL_EXAMINE,
                                new ActorRule(Role.DIVISION_REVIEWER, ActorLevel.PROVINCE, "DIVISION", false),
                                null),
                        step("DECIDE", StepKind.DECIDE, ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE), null)));
    }

    /** As {@link #chain()}, with 10 working days for the divisions' check from its opening. */
    static ProcedureDefinition chainWithDivisionPeriod() {
        List<StepDefinition> steps = new java.util.ArrayList<>(chain().steps());
        StepDefinition d = steps.get(2);
        steps.set(
                2,
                new StepDefinition(
                        d.code(),
                        d.nameZh(),
                        d.kind(),
                        d.actor(),
                        new Period(10, Counting.NEXT_DAY, null),
                        d.returnTo(),
                        d.article(),
                        d.outcomes()));
        return new ProcedureDefinition("TEST/application/PERIOD", 1, steps);
    }

    static ProcedureSubject subject(Region county) {
        long id = IDS.incrementAndGet();
        return new ProcedureSubject("TEST", id, county.code(), county.path(), "测试申报 " + id, "/tests/" + id);
    }

    /** An actor of the role sitting in {@code region}, in organization {@code organizationId}. */
    static Actor actor(Role role, Region region, long organizationId) {
        long id = IDS.incrementAndGet();
        return new Actor(
                id,
                "t" + id,
                "测试" + role.name(),
                role,
                organizationId,
                "测试机构" + organizationId,
                region.code(),
                region.path(),
                false);
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor, Period period) {
        return new StepDefinition(
                code, code + "环节", kind, actor, period, ReturnTo.PREVIOUS, "第十四条", ProcedureDefinitions.outcomes(kind));
    }
}
