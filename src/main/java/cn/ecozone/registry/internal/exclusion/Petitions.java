package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.registry.PetitionRates;
import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.regulation.ApplicationRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * IM eco-civ art. 11(四): 群众信访举报的生态环境案件未及时办理、办结率低. The rules give no number, so the
 * thresholds are the province's settings ({@code min_closure_rate}, {@code min_timely_rate}, in %). The
 * rates are the registry's {@link PetitionRates} per year of receipt, over the petitions received in the
 * window (the first and last years partly). No petition: clear. A setting not yet made: needs judgement
 * with the figures, never a silent pass. Both set: any year's rate below its threshold excludes (with
 * that year's petitions not closed or not closed on time as triggers); at or above, clear.
 */
final class Petitions implements ExclusionCheck {

    static final String CLOSURE = "min_closure_rate";
    static final String TIMELY = "min_timely_rate";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        List<RegisterEntry> petitions = in.of(RegisterKind.PETITION);
        List<PetitionRates> years = IntStream.rangeClosed(
                        in.window().from().getYear(), in.window().to().getYear())
                .mapToObj(y -> PetitionRates.of(petitions, y))
                .filter(r -> r.received() > 0)
                .toList();
        BigDecimal minClosure = in.settings().get(CLOSURE);
        BigDecimal minTimely = in.settings().get(TIMELY);
        List<ExclusionVerdict.Figure> figures = new ArrayList<>();
        years.forEach(r -> figures.addAll(figures(r)));
        figures.add(settingFigure(in.setting(CLOSURE), minClosure));
        figures.add(settingFigure(in.setting(TIMELY), minTimely));
        if (years.isEmpty()) {
            return in.clear("近3年无登记的群众信访举报生态环境案件。", "No petition or report was received in the window.", figures);
        }
        if (minClosure == null || minTimely == null) {
            return in.needsJudgement(
                    notClosedOnTime(petitions, years),
                    "省级尚未设定“办结率低”“未及时办理”的数值界限，平台不作判断；请依据下列数据人工判断。",
                    "The province has not set the thresholds for a low closure rate and late handling;"
                            + " judge from the figures.",
                    figures);
        }
        BigDecimal closure = minClosure.divide(HUNDRED, 6, RoundingMode.UNNECESSARY);
        BigDecimal timely = minTimely.divide(HUNDRED, 6, RoundingMode.UNNECESSARY);
        List<PetitionRates> low = years.stream()
                .filter(r -> !r.closureAtLeast(closure).orElse(true)
                        || !r.timelyAtLeast(timely).orElse(true))
                .toList();
        if (!low.isEmpty()) {
            String yearsZh =
                    String.join("、", low.stream().map(r -> r.year() + "年").toList());
            return in.excluded(
                    notClosedOnTime(petitions, low),
                    yearsZh + "受理案件的办结率或及时办理率低于省级设定的界限（办结率不低于" + percent(minClosure) + "，及时办理率不低于" + percent(minTimely)
                            + "）。",
                    "In "
                            + String.join(
                                    ", ", low.stream().map(r -> "" + r.year()).toList())
                            + " the closure or timely-handling rate is below the province's threshold ("
                            + percent(minClosure) + ", " + percent(minTimely) + ").",
                    figures);
        }
        return in.clear(
                "各年度办结率、及时办理率均不低于省级设定的界限（办结率不低于" + percent(minClosure) + "，及时办理率不低于" + percent(minTimely) + "）。",
                "Every year's closure and timely-handling rates are at or above the province's thresholds.",
                figures);
    }

    /** The petitions of those years not closed, or not closed by their due date. */
    private static List<RegisterEntry> notClosedOnTime(List<RegisterEntry> petitions, List<PetitionRates> years) {
        List<Integer> wanted = years.stream().map(PetitionRates::year).toList();
        return petitions.stream()
                .filter(p -> wanted.contains(p.occurredOn().getYear()))
                .filter(p -> p.closedOn() == null
                        || p.dueOn() == null
                        || p.closedOn().isAfter(p.dueOn()))
                .toList();
    }

    private static List<ExclusionVerdict.Figure> figures(PetitionRates r) {
        return List.of(
                new ExclusionVerdict.Figure(
                        r.year() + "年办结率", rate(r.closed(), r.received(), r.closureRate()), "已办结件数 / 受理件数（窗口内受理）"),
                new ExclusionVerdict.Figure(
                        r.year() + "年及时办理率",
                        rate(r.closedOnTime(), r.received(), r.timelyRate()),
                        "在办理期限内（含当日）办结件数 / 受理件数"));
    }

    private static String rate(int part, int whole, Optional<BigDecimal> rate) {
        return part + " / " + whole + " = "
                + rate.map(v -> v.multiply(HUNDRED)
                                        .setScale(1, RoundingMode.HALF_UP)
                                        .toPlainString() + " %")
                        .orElse("—");
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
