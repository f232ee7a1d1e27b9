package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.regulation.ApplicationRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * IM eco-civ art. 11(四): 群众信访举报的生态环境案件未及时办理、办结率低. The rules give no number, so the
 * thresholds are the province's settings ({@code min_closure_rate}, {@code min_timely_rate}, in %). The
 * figures cover the petitions received in the window ({@link PetitionFigures}). No petition: clear. A
 * setting not yet made: needs judgement with the figures, never a silent pass. Both set: a rate below its
 * threshold excludes, at or above it is clear.
 */
final class Petitions implements ExclusionCheck {

    static final String CLOSURE = "min_closure_rate";
    static final String TIMELY = "min_timely_rate";

    @Override
    public String code() {
        return "PETITIONS";
    }

    @Override
    public List<String> settingKeys() {
        return List.of(CLOSURE, TIMELY);
    }

    @Override
    public ExclusionVerdict check(CheckInput in) {
        PetitionFigures f = PetitionFigures.of(in.of(RegisterKind.PETITION), in.window().to());
        List<ExclusionVerdict.Figure> figures = new ArrayList<>(f.figures());
        BigDecimal minClosure = in.settings().get(CLOSURE);
        BigDecimal minTimely = in.settings().get(TIMELY);
        figures.add(settingFigure(in.setting(CLOSURE), minClosure));
        figures.add(settingFigure(in.setting(TIMELY), minTimely));
        if (f.received() == 0) {
            return in.clear(
                    "近3年无登记的群众信访举报生态环境案件。", "No petition or report was received in the window.", figures);
        }
        List<RegisterEntry> behind = CheckInput.both(f.unclosed(), f.late());
        if (minClosure == null || minTimely == null) {
            return in.needsJudgement(
                    behind,
                    "省级尚未设定“办结率低”“未及时办理”的界限，平台不作判断；请依据下列数据人工判断。",
                    "The province has not set the thresholds for a low closure rate and late handling;"
                            + " judge from the figures.",
                    figures);
        }
        boolean lowClosure = f.closureBelow(minClosure);
        boolean lowTimely = f.timelyBelow(minTimely);
        if (lowClosure || lowTimely) {
            List<RegisterEntry> triggers = CheckInput.both(lowClosure ? f.unclosed() : List.of(), lowTimely ? f.late() : List.of());
            return in.excluded(
                    triggers,
                    (lowClosure ? "办结率 " + f.closureText() + " 低于省级设定的 " + percent(minClosure) + "。" : "")
                            + (lowTimely ? "及时办理率 " + f.timelyText() + " 低于省级设定的 " + percent(minTimely) + "。" : ""),
                    (lowClosure ? "Closure rate " + f.closureText() + " is below the province's " + percent(minClosure) + ". " : "")
                            + (lowTimely ? "Timely-handling rate " + f.timelyText() + " is below the province's " + percent(minTimely) + "." : ""),
                    figures);
        }
        return in.clear(
                "办结率、及时办理率均不低于省级设定的界限。",
                "Closure and timely-handling rates are at or above the province's thresholds.",
                figures);
    }

    private static ExclusionVerdict.Figure settingFigure(ApplicationRules.ExclusionSetting setting, BigDecimal value) {
        return new ExclusionVerdict.Figure(
                setting.textZh() + "（省级设定）",
                value == null ? "未设定（建议 " + percent(setting.suggested()) + "）" : percent(value),
                "省级设定，非规程规定");
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
