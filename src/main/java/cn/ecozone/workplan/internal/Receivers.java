package cn.ecozone.workplan.internal;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.PlanKind;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Step;
import java.util.List;

/**
 * Who receives an annual work plan, read from the regulation: where the regulation's plan is itself the
 * annual plan (Xilingol art. 3: “报盟生态环境保护委员会办公室备案”), the body its filing step goes to;
 * otherwise the rules only oblige the subject to keep an annual work plan (IM eco-civ art. 7, duty
 * {@code ANNUAL_PLAN}) and name nobody to file it with, so nobody receives it: filing keeps it on record.
 * The body → role table is the platform's own, shared with plans ({@link BodyActors}).
 */
public final class Receivers {

    private Receivers() {}

    public static Receiver of(Regulation regulation, Region subject) {
        PlanRules plan = regulation.plan();
        if (plan.kind() == PlanKind.ANNUAL_PLAN) {
            List<Step> steps = plan.paths().stream()
                    .filter(p -> p.subjectLevel() == subject.level())
                    .findFirst()
                    .map(PlanRules.Path::steps)
                    .orElse(List.of());
            for (Step s : steps.reversed()) {
                if (s.to() != null) {
                    return at(
                            s.to(),
                            subject,
                            s.citation() == null ? null : s.citation().article());
                }
            }
            return Receiver.none(
                    plan.citation() == null ? null : plan.citation().article());
        }
        String article = plan.duties().stream()
                .filter(d -> "ANNUAL_PLAN".equals(d.code()))
                .findFirst()
                .map(d -> d.citation() == null ? null : d.citation().article())
                .orElse(null);
        return Receiver.none(article);
    }

    static Receiver at(Body body, Region subject, String article) {
        ActorLevel level = BodyActors.level(body);
        if (level == ActorLevel.SUBJECT) {
            return Receiver.none(article);
        }
        return new Receiver(
                body.name(),
                BodyActors.role(body, subject.level()),
                BodyActors.regionAt(level, subject.code(), subject.path()),
                article);
    }
}
