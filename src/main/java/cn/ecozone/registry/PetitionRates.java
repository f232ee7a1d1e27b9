package cn.ecozone.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The closure rate (办结率) and the timely-handling rate (及时办理率) of a region's petitions and reports
 * (信访, 12369) received in one year (IM eco-civ art. 11(四) names "办结率低"), with the counts behind
 * them. Pure and Spring-free: the registry's petition-rate endpoint and the exclusion check both compute
 * from the same {@link RegisterEntry} rows.
 *
 * <p>The rule: of the petitions received ({@code occurredOn}) in {@code year}, {@code closed} are those
 * with a closing date, {@code closedOnTime} those closed on or before their due date (a petition without
 * a due date is never on time). 办结率 = closed / received; 及时办理率 = closedOnTime / received. With no
 * petition received both rates are undefined (empty), never 100 %.
 *
 * @param year the year of receipt
 * @param received petitions received in the year (the denominator of both rates)
 * @param closed of those, the ones closed
 * @param closedOnTime of those, the ones closed on or before their due date
 */
public record PetitionRates(int year, int received, int closed, int closedOnTime) {

    /** The scale of the rates as fractions (0.9531 = 95.31 %). */
    public static final int SCALE = 4;

    public PetitionRates {
        if (received < 0 || closed < 0 || closedOnTime < 0 || closed > received || closedOnTime > closed) {
            throw new IllegalArgumentException("inconsistent petition counts");
        }
    }

    /**
     * Counts the petitions of {@code year}. Records of other kinds and petitions received in other years
     * are ignored, so the caller may pass a whole window's records.
     *
     * @param petitions the records (typically one region's, after corrections); none may be null
     */
    public static PetitionRates of(List<RegisterEntry> petitions, int year) {
        int received = 0;
        int closed = 0;
        int onTime = 0;
        for (RegisterEntry p : petitions) {
            if (p.kind() != RegisterKind.PETITION
                    || p.occurredOn() == null
                    || p.occurredOn().getYear() != year) {
                continue;
            }
            received++;
            if (p.closedOn() != null) {
                closed++;
                if (p.dueOn() != null && !p.closedOn().isAfter(p.dueOn())) {
                    onTime++;
                }
            }
        }
        return new PetitionRates(year, received, closed, onTime);
    }

    /** 办结率 as a fraction rounded half-up to {@link #SCALE} places; empty when nothing was received. */
    public Optional<BigDecimal> closureRate() {
        return rate(closed);
    }

    /** 及时办理率 as a fraction rounded half-up to {@link #SCALE} places; empty when nothing was received. */
    public Optional<BigDecimal> timelyRate() {
        return rate(closedOnTime);
    }

    /**
     * Whether the closure rate reaches {@code threshold} (a fraction, e.g. 0.9), compared exactly
     * (closed ≥ threshold × received, no rounding); empty when nothing was received.
     */
    public Optional<Boolean> closureAtLeast(BigDecimal threshold) {
        return atLeast(closed, threshold);
    }

    /** As {@link #closureAtLeast} for the timely-handling rate. */
    public Optional<Boolean> timelyAtLeast(BigDecimal threshold) {
        return atLeast(closedOnTime, threshold);
    }

    private Optional<BigDecimal> rate(int numerator) {
        if (received == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(received), SCALE, RoundingMode.HALF_UP));
    }

    private Optional<Boolean> atLeast(int numerator, BigDecimal threshold) {
        if (received == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(numerator).compareTo(threshold.multiply(BigDecimal.valueOf(received))) >= 0);
    }
}
