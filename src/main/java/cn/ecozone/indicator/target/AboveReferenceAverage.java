package cn.ecozone.indicator.target;

/**
 * {@code ABOVE_REFERENCE_AVERAGE}: above this year's average of a reference set, e.g. "超过当年度全省平均水平".
 *
 * <p>Strict by default, as 超过 excludes the bound (民法典 第1259条); {@code strict = false} reads 不低于. The average
 * comes with the facts: computed from the values held for the province's regions ({@link Facts#COMPUTED}) or entered
 * as the province's published figure ({@link Facts#PUBLISHED}); the reason says which. No value gives {@code
 * NO_DATA}; no average gives {@code NEEDS_JUDGEMENT}, because the average is not the region's data but a reference
 * the province still has to publish or complete. Gap: value − average.
 *
 * @param strict true for 超过 (value must exceed the average), false for 不低于
 */
public record AboveReferenceAverage(boolean strict) implements Target {

    @Override
    public Outcome evaluate(Facts facts) {
        if (facts.value() == null) {
            return Outcome.noData(() -> Text.of("target.noValue"));
        }
        Double average = facts.referenceAverage();
        if (average == null) {
            return Outcome.needsJudgement(() -> Text.of("target.ABOVE_REFERENCE_AVERAGE.noAverage"));
        }
        double actual = facts.value();
        double gap = Numbers.minus(actual, average);
        boolean met = strict ? gap > 0 : gap >= 0;
        String unit = facts.unit();
        String source = facts.referenceSource();
        return Outcome.metIf(met, gap, () -> reason(met, actual, average, unit, source));
    }

    /** The reason of {@link #evaluate}, built only where it is shown. */
    private Text reason(boolean met, double actual, double average, String unit, String source) {
        return Text.of(
                "target.ABOVE_REFERENCE_AVERAGE." + (met ? "met" : "notMet") + mode(),
                Numbers.withUnit(actual, unit),
                Numbers.withUnit(average, unit),
                source(source));
    }

    private String mode() {
        return strict ? ".strict" : ".inclusive";
    }

    private static Text source(String source) {
        if (Facts.COMPUTED.equals(source) || Facts.PUBLISHED.equals(source)) {
            return Text.of("target.reference." + source);
        }
        return Text.of("target.reference.UNSPECIFIED");
    }

    @Override
    public Text describe(Facts facts) {
        String key = "target.ABOVE_REFERENCE_AVERAGE.describe" + mode();
        return facts.referenceAverage() == null
                ? Text.of(key)
                : Text.of(key + ".known", Numbers.withUnit(facts.referenceAverage(), facts.unit()));
    }

    @Override
    public String kind() {
        return "ABOVE_REFERENCE_AVERAGE";
    }
}
