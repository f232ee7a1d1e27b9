package cn.ecozone.indicator.target;

/**
 * {@code STABLE_OR_IMPROVING} (保持稳定或持续改善): not worse than the previous year by more than {@code tolerance}.
 * Previous year missing gives {@code NO_DATA}. Gap: the change in the better direction plus the tolerance, so 0 is
 * just within the allowed fluctuation.
 *
 * @param tolerance the allowed worsening in the indicator's unit, finite and not negative (0 = no worsening)
 * @param higherIsBetter true when a larger value is better
 */
public record StableOrImproving(double tolerance, boolean higherIsBetter) implements Target {

    public StableOrImproving {
        if (!(Numbers.requireFinite(tolerance, "tolerance") >= 0)) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        if (facts.previousValue() == null) {
            return Outcome.noData(() -> Text.of("target.STABLE_OR_IMPROVING.noPrevious"));
        }
        double value = facts.value();
        double previous = facts.previousValue();
        double better = higherIsBetter ? Numbers.minus(value, previous) : Numbers.minus(previous, value);
        double gap = Numbers.plus(better, tolerance);
        String unit = facts.unit();
        return Outcome.metIf(gap >= 0, gap, () -> reason(gap >= 0, value, previous, unit));
    }

    /** The reason of {@link #evaluate}, built only where it is shown. */
    private static Text reason(boolean met, double value, double previous, String unit) {
        return Text.of(
                met ? "target.STABLE_OR_IMPROVING.met" : "target.STABLE_OR_IMPROVING.notMet",
                Numbers.withUnit(value, unit),
                Numbers.withUnit(previous, unit),
                Numbers.change(previous, value, unit));
    }

    @Override
    public Text describe(Facts facts) {
        return tolerance == 0
                ? Text.of("target.STABLE_OR_IMPROVING.describe")
                : Text.of("target.STABLE_OR_IMPROVING.describe.tolerance", Numbers.withUnit(tolerance, facts.unit()));
    }

    @Override
    public String kind() {
        return "STABLE_OR_IMPROVING";
    }
}
