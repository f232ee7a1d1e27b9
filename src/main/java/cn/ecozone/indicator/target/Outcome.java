package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The result of evaluating one target: the verdict ({@link #status}) and, apart from it, its reason in words, built
 * only when {@link #reason()} is asked for, and for a comparison its gap, worked out on decimals only when {@link
 * #gap()} is asked for. A summary of many regions reads the statuses alone; building the reasons (numbers formatted
 * with their units) and then the gaps ({@code BigDecimal}s) were most of the whole country's allocation (issue 10,
 * "whole country", fourth pass). Immutable; equal outcomes have the same status, gap and reason.
 */
public final class Outcome {

    private final Attainment status;
    private final Double gap;
    private final DoubleSupplier lateGap;
    private final Supplier<Text> reason;

    /**
     * An outcome with its reason already built.
     *
     * @param status how the indicator stands
     * @param gap signed distance to the threshold in the indicator's unit: positive is the margin above what is needed,
     *     negative the shortfall; {@code null} when not meaningful (no data, yes/no, manual, composite targets)
     * @param reason the reason in words
     */
    public Outcome(Attainment status, Double gap, Text reason) {
        this(status, gap, null, constant(Objects.requireNonNull(reason, "reason")));
    }

    private Outcome(Attainment status, Double gap, DoubleSupplier lateGap, Supplier<Text> reason) {
        this.status = Objects.requireNonNull(status, "status");
        this.gap = gap;
        this.lateGap = lateGap;
        this.reason = reason;
    }

    /**
     * An outcome whose reason is built by {@code reason} when it is asked for (and each time it is). Precondition:
     * {@code reason} is free of side effects and returns a non-null text built from immutable captures only.
     */
    public static Outcome of(Attainment status, Double gap, Supplier<Text> reason) {
        return new Outcome(status, gap, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * {@link Attainment#MET} if {@code met}, else {@link Attainment#NOT_MET}; the gap and the reason worked out when
     * asked for. Preconditions: as {@link #of}, for both suppliers.
     */
    public static Outcome compared(boolean met, DoubleSupplier gap, Supplier<Text> reason) {
        return new Outcome(
                met ? Attainment.MET : Attainment.NOT_MET,
                null,
                Objects.requireNonNull(gap, "gap"),
                Objects.requireNonNull(reason, "reason"));
    }

    /** A {@link Attainment#NO_DATA} outcome without gap. */
    public static Outcome noData(Text reason) {
        return new Outcome(Attainment.NO_DATA, null, reason);
    }

    /** A {@link Attainment#NO_DATA} outcome without gap, its reason built when asked for. */
    public static Outcome noData(Supplier<Text> reason) {
        return of(Attainment.NO_DATA, null, reason);
    }

    /** A {@link Attainment#NEEDS_JUDGEMENT} outcome without gap. */
    public static Outcome needsJudgement(Text reason) {
        return new Outcome(Attainment.NEEDS_JUDGEMENT, null, reason);
    }

    /** A {@link Attainment#NEEDS_JUDGEMENT} outcome without gap, its reason built when asked for. */
    public static Outcome needsJudgement(Supplier<Text> reason) {
        return of(Attainment.NEEDS_JUDGEMENT, null, reason);
    }

    /** {@link Attainment#MET} if {@code met}, else {@link Attainment#NOT_MET}. */
    public static Outcome metIf(boolean met, Double gap, Text reason) {
        return new Outcome(met ? Attainment.MET : Attainment.NOT_MET, gap, reason);
    }

    /** {@link Attainment#MET} if {@code met}, else {@link Attainment#NOT_MET}; the reason built when asked for. */
    public static Outcome metIf(boolean met, Double gap, Supplier<Text> reason) {
        return of(met ? Attainment.MET : Attainment.NOT_MET, gap, reason);
    }

    /** How the indicator stands. */
    public Attainment status() {
        return status;
    }

    /** The signed distance to the threshold in the indicator's unit, or {@code null} (see the constructor). */
    public Double gap() {
        return lateGap == null ? gap : Double.valueOf(lateGap.getAsDouble());
    }

    /** The reason in words, built now (for the scorecard, the exports). */
    public Text reason() {
        return Objects.requireNonNull(reason.get(), "reason");
    }

    private static Supplier<Text> constant(Text text) {
        return () -> text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome o
                && status == o.status
                && Objects.equals(gap(), o.gap())
                && reason().equals(o.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, gap(), reason());
    }

    @Override
    public String toString() {
        return "Outcome[status=" + status + ", gap=" + gap() + ", reason=" + reason() + "]";
    }
}
