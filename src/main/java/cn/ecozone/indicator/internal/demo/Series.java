package cn.ecozone.indicator.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * Building blocks of the demo series: six yearly values 2020…2025 drawn from a seeded {@link Random}. Pure and
 * deterministic: the same random stream gives the same series.
 */
final class Series {

    /** Number of years generated: 2020 … 2025. */
    static final int YEARS = DemoSeries.LAST_YEAR - DemoSeries.FIRST_YEAR + 1;

    private Series() {}

    /** A number series: six values (2020 first) from a random stream and the region's pace (1 = average). */
    @FunctionalInterface
    interface Numbers {
        double[] draw(Random random, double pace);
    }

    /** A yes/no series: six flags (2020 first). */
    @FunctionalInterface
    interface Flags {
        boolean[] draw(Random random, double pace);
    }

    /** A uniform number in [from, to). */
    static double between(Random random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /**
     * A linear trend: {@code start} in 2020 drawn from [startFrom, startTo), then {@code slope × pace} a year, plus
     * Gaussian noise of {@code noise}, kept within [min, max] and rounded to {@code decimals}.
     */
    static Numbers linear(
            double startFrom, double startTo, double slope, double noise, double min, double max, int decimals) {
        return (random, pace) -> {
            double start = between(random, startFrom, startTo);
            double[] values = new double[YEARS];
            for (int t = 0; t < YEARS; t++) {
                double value = start + slope * pace * t + (t == 0 ? 0 : noise * random.nextGaussian());
                values[t] = round(Math.clamp(value, min, max), decimals);
            }
            return values;
        };
    }

    /**
     * Compound growth: {@code start} in 2020 drawn from [startFrom, startTo), growing by {@code rate × pace} a year (a
     * fraction, 0.03 = 3%), with relative Gaussian noise {@code noise}, at least {@code min}, rounded.
     */
    static Numbers compound(double startFrom, double startTo, double rate, double noise, double min, int decimals) {
        return (random, pace) -> {
            double value = between(random, startFrom, startTo);
            double[] values = new double[YEARS];
            for (int t = 0; t < YEARS; t++) {
                double noisy = t == 0 ? value : value * (1 + noise * random.nextGaussian());
                values[t] = round(Math.max(min, noisy), decimals);
                value *= 1 + rate * pace;
            }
            return values;
        };
    }

    /** An area that holds steady; with probability {@code shrinkChance} it shrinks a little in one year. */
    static Numbers steadyArea(double from, double to, double shrinkChance) {
        return (random, pace) -> {
            double value = round(between(random, from, to), 2);
            int shrinkYear = random.nextDouble() < shrinkChance ? 1 + random.nextInt(YEARS - 1) : -1;
            double[] values = new double[YEARS];
            for (int t = 0; t < YEARS; t++) {
                if (t == shrinkYear) {
                    value = round(value * (1 - between(random, 0.005, 0.03)), 2);
                }
                values[t] = value;
            }
            return values;
        };
    }

    /** With probability {@code chance}, 100 in every year (e.g. full compliance); otherwise the other series. */
    static Numbers fullOrElse(double chance, Numbers otherwise) {
        return (random, pace) -> {
            if (random.nextDouble() < chance) {
                double[] full = new double[YEARS];
                java.util.Arrays.fill(full, 100);
                return full;
            }
            return otherwise.draw(random, pace);
        };
    }

    /** A fixed series given year by year (2020 first), e.g. a province-wide figure. */
    static Numbers fixed(double... values) {
        if (values.length != YEARS) {
            throw new IllegalArgumentException("need " + YEARS + " values");
        }
        return (random, pace) -> values.clone();
    }

    /**
     * Something established or obtained in some year and kept from then on: with probability {@code chance × pace}
     * (at most 0.95) it happens, in a year from 2020 to {@code latest}; otherwise never.
     */
    static Flags fromYear(double chance, int latest) {
        return (random, pace) -> {
            boolean happens = random.nextDouble() < Math.min(0.95, chance * pace);
            int year = DemoSeries.FIRST_YEAR + random.nextInt(latest - DemoSeries.FIRST_YEAR + 1);
            boolean[] flags = new boolean[YEARS];
            for (int t = 0; t < YEARS; t++) {
                flags[t] = happens && DemoSeries.FIRST_YEAR + t >= year;
            }
            return flags;
        };
    }

    /** Half-up rounding to a number of decimals. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
