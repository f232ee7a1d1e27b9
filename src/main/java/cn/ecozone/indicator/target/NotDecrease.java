package cn.ecozone.indicator.target;

/**
 * {@code NOT_DECREASE} (不减少): the value is at least the previous year's, e.g. ecological red-line area. Previous
 * year missing gives {@code NO_DATA} (a value to enter, as for {@link SteadyImprovement}). Gap: value − previous.
 */
public record NotDecrease() implements Target {

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        if (facts.previousValue() == null) {
            return Outcome.noData(() -> Text.of("target.NOT_DECREASE.noPrevious"));
        }
        double value = facts.value();
        double previous = facts.previousValue();
        String unit = facts.unit();
        // value − previous on the decimals has the sign of the doubles' difference (the shortest decimal
        // form keeps the order), so the verdict needs no BigDecimal; the gap is worked out when asked for
        return Outcome.compared(
                value >= previous, () -> Numbers.minus(value, previous), () -> reason(value, previous, unit));
    }

    /** The reason of {@link #evaluate}, built only where it is shown. */
    private static Text reason(double value, double previous, String unit) {
        double gap = Numbers.minus(value, previous);
        return gap >= 0
                ? Text.of(
                        "target.NOT_DECREASE.met",
                        Numbers.withUnit(value, unit),
                        Numbers.withUnit(previous, unit),
                        Numbers.change(previous, value, unit))
                : Text.of(
                        "target.NOT_DECREASE.notMet",
                        Numbers.withUnit(value, unit),
                        Numbers.withUnit(previous, unit),
                        Numbers.withUnit(-gap, unit));
    }

    @Override
    public Text describe(Facts facts) {
        return Text.of("target.vsPreviousYear", Text.of("target.NOT_DECREASE.name"));
    }

    @Override
    public String kind() {
        return "NOT_DECREASE";
    }
}
