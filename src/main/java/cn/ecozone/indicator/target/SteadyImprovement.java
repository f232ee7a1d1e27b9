package cn.ecozone.indicator.target;

/**
 * {@code STEADY_IMPROVEMENT} (稳定提高): better than the previous year.
 *
 * <ul>
 *   <li><b>Ceiling:</b> a value at or beyond its ceiling (the best attainable value, e.g. 100%) counts as {@code MET},
 *       even when it equals the previous year's or that is missing: it cannot improve further, and punishing a
 *       region for holding 100% would invert the intent of 稳定提高. Without an explicit {@code ceiling}, a
 *       higher-is-better percentage has the ceiling 100; other units have none.
 *   <li><b>Previous year missing:</b> {@code NO_DATA}, not {@code NEEDS_JUDGEMENT}. What is missing is a value the
 *       platform collects, so the remedy is to enter it, not a reviewer's judgement; once entered the result follows
 *       mechanically.
 *   <li><b>Equal to the previous year</b> (not at the ceiling): {@code NOT_MET}, since nothing improved.
 * </ul>
 *
 * <p>Gap: the improvement over the previous year in the indicator's unit (positive = better), or null without one.
 *
 * @param ceiling the best attainable value, or null for the default described above
 * @param higherIsBetter true when a larger value is better (the usual case); false for e.g. pollutant shares
 */
public record SteadyImprovement(Double ceiling, boolean higherIsBetter) implements Target {

    /** The default ceiling of a higher-is-better percentage. */
    public static final double PERCENT_CEILING = 100;

    public SteadyImprovement {
        if (ceiling != null) {
            Numbers.requireFinite(ceiling, "ceiling");
        }
    }

    /** The ceiling that applies to an indicator in {@code unit}, or null. */
    public Double ceilingFor(String unit) {
        if (ceiling != null) {
            return ceiling;
        }
        return higherIsBetter && Numbers.isPercent(unit) ? PERCENT_CEILING : null;
    }

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        double value = facts.value();
        Double previous = facts.previousValue();
        String unit = facts.unit();
        Double improvement = previous == null ? null : improvement(previous, value);
        Double best = ceilingFor(unit);
        if (best != null && (higherIsBetter ? value >= best : value <= best)) {
            double top = best;
            return Outcome.metIf(
                    true,
                    improvement,
                    () -> Text.of(
                            "target.STEADY_IMPROVEMENT.atCeiling",
                            Numbers.withUnit(value, unit),
                            Numbers.withUnit(top, unit),
                            name()));
        }
        if (previous == null) {
            return Outcome.noData(() -> Text.of("target.STEADY_IMPROVEMENT.noPrevious", name()));
        }
        boolean met = improvement > 0;
        double before = previous;
        return Outcome.metIf(met, improvement, () -> reason(met, value, before, unit));
    }

    /** The reason of {@link #evaluate} against the year before, built only where it is shown. */
    private Text reason(boolean met, double value, double previous, String unit) {
        return Text.of(
                met ? "target.STEADY_IMPROVEMENT.met" : "target.STEADY_IMPROVEMENT.notMet",
                Numbers.withUnit(value, unit),
                Numbers.withUnit(previous, unit),
                Numbers.change(previous, value, unit),
                name());
    }

    private double improvement(double previous, double value) {
        return higherIsBetter ? Numbers.minus(value, previous) : Numbers.minus(previous, value);
    }

    private Text name() {
        return Text.of(higherIsBetter ? "target.STEADY_IMPROVEMENT.higher" : "target.STEADY_IMPROVEMENT.lower");
    }

    @Override
    public Text describe(Facts facts) {
        return Text.of("target.vsPreviousYear", name());
    }

    @Override
    public String kind() {
        return "STEADY_IMPROVEMENT";
    }
}
