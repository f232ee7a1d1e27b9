package cn.ecozone.review.internal;

import cn.ecozone.regulation.ApplicationRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a criterion's scores combine, per the regulation's {@code review.scoring} (IM art. 14 is silent;
 * the data says which rule and marks it uncertain): the mean, or the mean without one highest and one
 * lowest score once {@code trimFrom} experts scored. Two decimals, half up.
 */
public final class Aggregation {

    private Aggregation() {}

    /** The combined score of {@code scores}; {@code null} when there are none. */
    public static BigDecimal combine(ApplicationRules.Scoring rules, List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        List<BigDecimal> kept = new ArrayList<>(scores);
        if (rules.aggregation() == ApplicationRules.Aggregation.TRIMMED_MEAN && kept.size() >= rules.trimFrom()) {
            Collections.sort(kept);
            kept = kept.subList(1, kept.size() - 1);
        }
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
    }

    /** {@code max − min} of {@code scores}; zero when there are none. */
    public static BigDecimal spread(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return Collections.max(scores).subtract(Collections.min(scores));
    }

    /** Whether the spread needs a written reconciliation before the panel closes. */
    public static boolean needsReconciliation(ApplicationRules.Scoring rules, BigDecimal spread) {
        return rules.spreadThreshold() != null && spread.compareTo(rules.spreadThreshold()) > 0;
    }
}
