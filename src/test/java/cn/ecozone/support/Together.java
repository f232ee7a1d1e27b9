package cn.ecozone.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs two actions at the same instant: both threads wait at a latch that opens for both at once. */
public final class Together {

    private Together() {}

    /** The results of {@code a} and {@code b}, started together; fails after 60 s. */
    public static <A, B> Pair<A, B> run(Callable<A> a, Callable<B> b) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<A> fa = pool.submit(() -> {
                ready.countDown();
                go.await();
                return a.call();
            });
            Future<B> fb = pool.submit(() -> {
                ready.countDown();
                go.await();
                return b.call();
            });
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            return new Pair<>(fa.get(60, TimeUnit.SECONDS), fb.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    public record Pair<A, B>(A first, B second) {}
}
