package cn.ecozone.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Child processes a test starts, never left running after it (review s16 #8). */
public final class ChildProcesses {

    private ChildProcesses() {}

    /**
     * Waits up to {@code timeout} for the process to end; when it does not (or the wait is interrupted),
     * kills it, as {@code kill -9} does, before returning.
     *
     * @return whether it ended by itself in time
     */
    public static boolean endsWithin(Process process, Duration timeout) {
        boolean ended = false;
        try {
            ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!ended) {
                kill(process);
            }
        }
        return ended;
    }

    /** Asks the process to stop, and kills it when it has not after {@code grace}; returns once it is gone. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        endsWithin(process, grace);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
