package cn.ecozone.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A child process that outlives the test's wait is killed, not left running (review s16 #8). */
class ChildProcessesTest {

    @Test
    void aChildThatDoesNotEndInTimeIsKilled() throws Exception {
        Process child = new ProcessBuilder("sleep", "600").start();

        assertThat(ChildProcesses.endsWithin(child, Duration.ofMillis(300))).isFalse();

        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void aChildThatEndsInTimeIsReportedSo() throws Exception {
        Process child = new ProcessBuilder("true").start();

        assertThat(ChildProcesses.endsWithin(child, Duration.ofSeconds(30))).isTrue();
        assertThat(child.exitValue()).isZero();
    }

    @Test
    void aChildThatIgnoresTheRequestToStopIsKilledAfterTheGrace() throws Exception {
        Process child = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 600 & wait").start();
        // the shell has set its trap once it runs sleep
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> child.descendants().findAny().isPresent());

        ChildProcesses.stop(child, Duration.ofMillis(500));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }
}
