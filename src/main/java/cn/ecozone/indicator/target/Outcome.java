package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;
import java.util.Objects;

/**
 * The result of evaluating one target.
 *
 * @param status how the indicator stands
 * @param gap signed distance to the threshold in the indicator's unit: positive is the margin above what is needed,
 *     negative the shortfall; {@code null} when not meaningful (no data, yes/no, manual, composite targets)
 * @param reason the reason in words
 */
public record Outcome(Attainment status, Double gap, Text reason) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** A {@link Attainment#NO_DATA} outcome without gap. */
    public static Outcome noData(Text reason) {
        return new Outcome(Attainment.NO_DATA, null, reason);
    }

    /** A {@link Attainment#NEEDS_JUDGEMENT} outcome without gap. */
    public static Outcome needsJudgement(Text reason) {
        return new Outcome(Attainment.NEEDS_JUDGEMENT, null, reason);
    }

    /** {@link Attainment#MET} if {@code met}, else {@link Attainment#NOT_MET}. */
    public static Outcome metIf(boolean met, Double gap, Text reason) {
        return new Outcome(met ? Attainment.MET : Attainment.NOT_MET, gap, reason);
    }
}
