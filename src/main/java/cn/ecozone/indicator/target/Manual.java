package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;

/**
 * {@code MANUAL}: a target only a reviewer can judge, e.g. "有效保障" or "生态功能不降低、性质不改变".
 *
 * <p>{@code NEEDS_JUDGEMENT} until {@link Facts#judgement()} is {@code MET} or {@code NOT_MET}; then that judgement,
 * with {@link Facts#judgementReason()} as the reason. A judgement without a reason (null or blank) is not accepted and
 * the target stays {@code NEEDS_JUDGEMENT}; so does any other judgement value. No gap.
 *
 * @param criterionZh the criterion as written, shown in describe, or null
 * @param criterionEn its English rendering, or null to show the Chinese
 */
public record Manual(String criterionZh, String criterionEn) implements Target {

    @Override
    public Outcome evaluate(Facts facts) {
        Attainment judgement = facts.judgement();
        if (judgement != Attainment.MET && judgement != Attainment.NOT_MET) {
            return Outcome.needsJudgement(() -> Text.of("target.MANUAL.pending"));
        }
        String reason = facts.judgementReason();
        if (reason == null || reason.isBlank()) {
            return Outcome.needsJudgement(() -> Text.of("target.MANUAL.reasonMissing"));
        }
        boolean met = judgement == Attainment.MET;
        return Outcome.metIf(
                met, null, () -> Text.of(met ? "target.MANUAL.met" : "target.MANUAL.notMet", reason.strip()));
    }

    @Override
    public Text describe(Facts facts) {
        return criterionZh == null || criterionZh.isBlank()
                ? Text.of("target.MANUAL.describe")
                : Text.of("target.MANUAL.describe.criterion", Text.literal(criterionZh, criterionEn));
    }

    @Override
    public String kind() {
        return "MANUAL";
    }
}
