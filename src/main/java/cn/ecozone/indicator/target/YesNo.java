package cn.ecozone.indicator.target;

/**
 * A yes/no target: {@link Established} (建立实施), {@link CarriedOut} (开展), {@link Obtained} (获得), {@link
 * TaskCompleted} (完成上级规定的考核任务). Flag true is {@code MET}, false {@code NOT_MET}, null {@code NO_DATA}; each
 * kind has its own wording under {@code target.<KIND>.*}. No gap.
 */
public sealed interface YesNo extends Target permits Established, CarriedOut, Obtained, TaskCompleted {

    @Override
    default Outcome evaluate(Facts facts) {
        if (facts.flag() == null) {
            return Outcome.noData(() -> Text.of("target." + kind() + ".noData"));
        }
        boolean met = facts.flag();
        return Outcome.metIf(met, null, () -> Text.of("target." + kind() + (met ? ".met" : ".notMet")));
    }

    @Override
    default Text describe(Facts facts) {
        return Text.of("target." + kind() + ".describe");
    }
}
