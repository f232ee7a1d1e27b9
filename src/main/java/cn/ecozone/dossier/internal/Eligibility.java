package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierView.ConditionView;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PublicPlan;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The eligibility conditions of a dossier (申报条件): each is answered by the subject with text and
 * evidence; those the regulation data marks {@code automatic} are also checked by the platform. The one
 * check the platform has is {@code PLAN_VALID} (IM eco-civ art. 10(一): the plan promulgated and within
 * its period on the check date), from the plan module; an automatic code without a check here stops the
 * start ({@link AutomaticChecks}).
 */
@Component
public class Eligibility {

    /** The code of the plan check (IM eco-civ art. 10(一)). */
    public static final String PLAN_VALID = "PLAN_VALID";

    private final PlanManagement plans;

    Eligibility(PlanManagement plans) {
        this.plans = plans;
    }

    /** The subject's plan in force on {@code day}: promulgated by then, not expired, its period covering the year. */
    public Optional<PublicPlan> planInForce(DossierEntity d, LocalDate day) {
        return plans.publicPlans(d.regionCode(), d.programme().name()).stream()
                .filter(p -> p.promulgatedOn() != null && !p.promulgatedOn().isAfter(day))
                .filter(p -> p.state() != PlanState.EXPIRED)
                .filter(p -> p.periodStart() <= day.getYear() && day.getYear() <= p.periodEnd())
                .findFirst();
    }

    /** The conditions with their checks and the subject's answers. */
    public List<ConditionView> conditions(
            Regulation regulation,
            DossierEntity d,
            DossierParts.Parts parts,
            LocalDate day,
            Optional<PublicPlan> plan) {
        ApplicationRules a = regulation.application();
        return a.eligibility().stream()
                .map(c -> {
                    DossierParts.Answer answer = parts.answers().get(c.code());
                    boolean automatic = a.automaticEligibility().contains(c.code()) && PLAN_VALID.equals(c.code());
                    Boolean met = null;
                    String explanation = null;
                    if (automatic) {
                        met = plan.isPresent();
                        explanation = plan.map(p -> "平台核对：规划《" + p.title() + "》于" + p.promulgatedOn()
                                        + "颁布实施，规划期" + p.periodStart() + "—" + p.periodEnd() + "年，" + day
                                        + "处在有效期内")
                                .orElse("平台核对：截至" + day + "，平台中没有本主体已颁布实施且处在有效期内的规划；" + "规划未在平台办理的，请在答复中说明并附证明材料");
                    }
                    return new ConditionView(
                            c.code(),
                            c.textZh(),
                            c.citation().article(),
                            automatic,
                            met,
                            explanation,
                            answer == null ? null : answer.answer(),
                            answer == null ? List.of() : answer.documentIds());
                })
                .toList();
    }
}
