package cn.ecozone.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The draw of a panel, reproducible by anyone: the eligible expert ids in ascending order are shuffled
 * by Fisher–Yates with a {@link RandomGenerator} of the named algorithm seeded with the recorded seed;
 * the first {@code size} are members, the next {@code alternates} alternates. The JDK specifies the
 * {@code L64X128MixRandom} algorithm exactly, so the same seed and list give the same panel on any JVM.
 */
public final class PanelDraw {

    /** The algorithm every new draw uses. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private PanelDraw() {}

    /** A draw's inputs and outcome. */
    public record Draw(
            long seed,
            String algorithm,
            List<Long> eligible,
            int size,
            int alternates,
            List<Long> members,
            List<Long> alternateIds) {}

    /**
     * Draws {@code size} members and up to {@code alternates} alternates among {@code eligible}.
     * Precondition: {@code eligible} is in ascending order without repeats; size ≥ 1, alternates ≥ 0.
     */
    public static Draw draw(long seed, String algorithm, List<Long> eligible, int size, int alternates) {
        RandomGenerator random = RandomGeneratorFactory.of(algorithm).create(seed);
        List<Long> order = new ArrayList<>(eligible);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        int m = Math.min(size, order.size());
        int a = Math.min(alternates, order.size() - m);
        return new Draw(
                seed,
                algorithm,
                List.copyOf(eligible),
                size,
                alternates,
                List.copyOf(order.subList(0, m)),
                List.copyOf(order.subList(m, m + a)));
    }
}
