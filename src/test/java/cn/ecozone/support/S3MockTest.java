package cn.ecozone.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The s3mock helper leaves nothing behind when the server does not come up (review s16 #8): a server
 * that stops at once fails the start at once, not after the whole wait; one that runs but never answers
 * is stopped when the wait ends; either way its store folder and log are deleted.
 */
class S3MockTest {

    /** A port no other test uses; nothing answers there unless a test starts a server on it. */
    private static final int PORT = 18259;

    @TempDir
    Path temp;

    private final List<ProcessHandle> before =
            ProcessHandle.current().children().toList();

    @AfterEach
    void noChildLeftRunning() {
        ProcessHandle.current().children().filter(c -> !before.contains(c)).forEach(ProcessHandle::destroyForcibly);
    }

    private List<ProcessHandle> newChildrenAlive() {
        return ProcessHandle.current()
                .children()
                .filter(c -> !before.contains(c))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    @Test
    void aServerThatStopsAtOnceFailsTheStartAtOnceAndLeavesNoFolder() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> S3Mock.start(
                        root -> List.of("sh", "-c", "echo no such option; exit 3"),
                        temp,
                        PORT,
                        "bucket",
                        Duration.ofMinutes(2)))
                .hasStackTraceContaining("s3mock stopped")
                .hasStackTraceContaining("no such option");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aServerThatNeverAnswersIsStoppedWhenTheWaitEndsAndLeavesNoFolder() throws Exception {
        assertThatThrownBy(() ->
                        S3Mock.start(root -> List.of("sleep", "600"), temp, PORT, "bucket", Duration.ofSeconds(2)))
                .isInstanceOf(RuntimeException.class);

        assertThat(newChildrenAlive()).as("the server process").isEmpty();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void closingAStartedServerStopsItAndDeletesItsFolder() throws Exception {
        // a tiny server answering 200 to everything: Python's, where there is one
        Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(python));
        S3Mock mock = S3Mock.start(
                root -> List.of(
                        python.toString(),
                        "-m",
                        "http.server",
                        String.valueOf(PORT),
                        "--bind",
                        "127.0.0.1",
                        "-d",
                        root.toString()),
                temp,
                PORT,
                "",
                Duration.ofSeconds(60));
        assertThat(newChildrenAlive()).hasSize(1);

        mock.close();

        assertThat(newChildrenAlive()).isEmpty();
        assertThat(temp).isEmptyDirectory();
    }
}
