package cn.ecozone.workplan.internal;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.region.Region;
import cn.ecozone.regulation.PlanKind;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import java.util.List;

/**
 * The procedure an annual work plan runs on, read from the regulation. Where the regulation's plan is
 * itself the annual plan (Xilingol art. 3: “报盟生态环境保护委员会办公室备案”) it is that plan path: {@code
 * FILE} by the subject, then {@code RECEIVE_FILING} by the body the filing goes to, who acknowledges
 * it or returns it to the subject. Otherwise the rules only oblige the subject to keep an annual work
 * plan (IM eco-civ art. 7, duty {@code ANNUAL_PLAN}) and name nobody to file it with: the path is one
 * {@code FILE} step by the subject, built here, and filing keeps the plan on record.
 *
 * @param receiverBody the body that acknowledges the filing, or {@code null} when the rules name none
 * @param receiverRole the role acting for it (the engine's {@link BodyActors} table), or {@code null}
 * @param receiverRegionCode the region it sits at, or {@code null}
 * @param article the article of the filing step or of the duty, or {@code null}
 */
public record WorkPlanPath(
        ProcedureDefinition definition,
        String receiverBody,
        Role receiverRole,
        String receiverRegionCode,
        String article) {

    /** The subject type of work plan runs. */
    public static final String SUBJECT_TYPE = "WORK_PLAN";

    /** The code of the filing step (the subject's). */
    public static final String FILE = "FILE";

    /** The path of {@code subject}'s annual work plan under {@code regulation}. */
    public static WorkPlanPath of(Regulation regulation, Region subject) {
        PlanRules plan = regulation.plan();
        if (plan.kind() == PlanKind.ANNUAL_PLAN) {
            var path = plan.paths().stream()
                    .filter(p -> p.subjectLevel() == subject.level())
                    .findFirst();
            if (path.isPresent()) {
                ProcedureDefinition d = ProcedureDefinitions.of(
                        regulation.code() + "/annual-plan/" + subject.level(),
                        regulation.version(),
                        path.get().steps(),
                        subject.level());
                Step filing = path.get().steps().stream()
                        .filter(s -> s.kind() == StepKind.FILE && s.to() != null)
                        .reduce((a, b) -> b)
                        .orElse(null);
                StepDefinition last = d.steps().getLast();
                if (filing != null && last.kind() == StepKind.ACKNOWLEDGE) {
                    ActorLevel level = last.actor().level();
                    return new WorkPlanPath(
                            d,
                            filing.to().name(),
                            last.actor().role(),
                            BodyActors.regionAt(level, subject.code(), subject.path()),
                            filing.citation() == null ? null : filing.citation().article());
                }
            }
            return onRecord(
                    regulation,
                    subject,
                    plan.citation() == null ? null : plan.citation().article());
        }
        String article = plan.duties().stream()
                .filter(d -> "ANNUAL_PLAN".equals(d.code()))
                .findFirst()
                .map(d -> d.citation() == null ? null : d.citation().article())
                .orElse(null);
        return onRecord(regulation, subject, article);
    }

    /** One filing step by the subject: the rules name nobody who receives it. */
    private static WorkPlanPath onRecord(Regulation regulation, Region subject, String article) {
        StepDefinition file = new StepDefinition(
                FILE,
                "制定并实施年度工作计划（留存备查，规则未规定接收机关）",
                StepKind.FILE,
                ActorRule.of(BodyActors.role(cn.ecozone.regulation.Body.SUBJECT, subject.level()), ActorLevel.SUBJECT),
                null,
                null,
                article,
                List.of());
        return new WorkPlanPath(
                new ProcedureDefinition(
                        regulation.code() + "/annual-plan/" + subject.level(), regulation.version(), List.of(file)),
                null,
                null,
                null,
                article);
    }

    public boolean hasReceiver() {
        return receiverRole != null;
    }
}
