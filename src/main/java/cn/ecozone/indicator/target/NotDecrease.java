package cn.ecozone.indicator.target;

/**
 * {@code NOT_DECREASE} (不减少): the value is at least the previous year's, e.g. ecological red-line area. Previous
 * year missing gives {@code NO_DATA} (a value to enter, as for {@link SteadyImprovement}). Gap: value − previous.
 */
public record NotDecrease() implements Target {

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(Text.of("target.noValue"));
        }
        if (facts.previousValue() == null) {
            return Outcome.noData(Text.of("target.NOT_DECREASE.noPrevious"));
        }
        double value = facts.value();
        double previous = facts.previousValue();
        double gap = Numbers.minus(value, previous);
        String unit = facts.unit();
        Text reason = gap >= 0
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
        return Outcome.metIf(gap >= 0, gap, reason);
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
