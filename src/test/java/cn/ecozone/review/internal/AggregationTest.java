package cn.ecozone.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.regulation.ApplicationRules;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationTest {

    private static final ApplicationRules.Scoring TRIMMED = new ApplicationRules.Scoring(
            BigDecimal.TEN, ApplicationRules.Aggregation.TRIMMED_MEAN, 5, new BigDecimal("3"), null);

    private static List<BigDecimal> scores(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    @Test
    void withFourExpertsTheTrimmedMeanIsThePlainMean() {
        assertThat(Aggregation.combine(TRIMMED, scores("2", "8", "9", "10"))).isEqualByComparingTo("7.25");
    }

    @Test
    void withFiveExpertsTheHighestAndLowestAreDropped() {
        assertThat(Aggregation.combine(TRIMMED, scores("2", "8", "9", "10", "7")))
                .isEqualByComparingTo("8.00");
    }

    @Test
    void theMeanRuleNeverDrops() {
        ApplicationRules.Scoring mean =
                new ApplicationRules.Scoring(BigDecimal.TEN, ApplicationRules.Aggregation.MEAN, 5, null, null);
        assertThat(Aggregation.combine(mean, scores("2", "8", "9", "10", "7"))).isEqualByComparingTo("7.20");
        assertThat(Aggregation.needsReconciliation(mean, new BigDecimal("9"))).isFalse();
    }

    @Test
    void onlyASpreadAboveTheThresholdNeedsAReconciliation() {
        assertThat(Aggregation.spread(scores("6", "9.5", "7"))).isEqualByComparingTo("3.5");
        assertThat(Aggregation.needsReconciliation(TRIMMED, new BigDecimal("3")))
                .isFalse();
        assertThat(Aggregation.needsReconciliation(TRIMMED, new BigDecimal("3.5")))
                .isTrue();
    }
}
