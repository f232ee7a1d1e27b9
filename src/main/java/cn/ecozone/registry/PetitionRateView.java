package cn.ecozone.registry;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The petition rates of a region (with every region within it) for a year, with the counts behind
 * them ({@link PetitionRates} states the rule).
 *
 * @param closureRate 办结率 = closed / received as a fraction; null when nothing was received
 * @param timelyRate 及时办理率 = closedOnTime / received as a fraction; null when nothing was received
 */
public record PetitionRateView(
        String regionCode,
        String regionName,
        int year,
        int received,
        int closed,
        int closedOnTime,
        @Nullable BigDecimal closureRate,
        @Nullable BigDecimal timelyRate) {

    static PetitionRateView of(String code, String name, PetitionRates r) {
        return new PetitionRateView(
                code,
                name,
                r.year(),
                r.received(),
                r.closed(),
                r.closedOnTime(),
                r.closureRate().orElse(null),
                r.timelyRate().orElse(null));
    }
}
