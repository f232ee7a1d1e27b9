package cn.ecozone.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The s3mock standalone server (Maven Central's {@code com.adobe.testing:s3mock} exec jar, copied to
 * {@code target/s3mock/s3mock.jar} by the build) started as a process of its own, with one bucket, for
 * the tests of the S3 file store (issue 15 §2). Unsigned GETs of {@link #url(String)} read an object
 * as stored.
 */
public final class S3Mock implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final String bucket;
    private final Path root;
    private final Path log;

    private S3Mock(Process process, int httpPort, String bucket, Path root, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.bucket = bucket;
        this.root = root;
        this.log = log;
    }

    /**
     * Starts the server on {@code firstPort} (HTTPS) to {@code firstPort + 3} (HTTP, then the vectors API's
     * two ports), with an empty store and the bucket, and waits until it answers.
     */
    public static S3Mock start(int firstPort, String bucket) {
        Path jar = Path.of("target/s3mock/s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it before the integration tests");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return start(
                root -> List.of(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--server.port=" + firstPort,
                        "--http.port=" + (firstPort + 1),
                        "--vectors.https.port=" + (firstPort + 2),
                        "--vectors.http.port=" + (firstPort + 3),
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + bucket,
                        "--com.adobe.testing.s3mock.store.root=" + root,
                        "--com.adobe.testing.s3mock.max-payload-size=64MB"),
                Path.of(System.getProperty("java.io.tmpdir")),
                firstPort + 1,
                bucket,
                Duration.ofMinutes(8)); // 20 s on an idle machine, 150 s on a busy one
    }

    /**
     * Starts {@code server} (the command line, given the store folder) with a new store folder under
     * {@code temp}, and waits up to {@code timeout} until it answers for the bucket on {@code httpPort}.
     */
    static S3Mock start(Function<Path, List<String>> server, Path temp, int httpPort, String bucket, Duration timeout) {
        Path root = null;
        Path log = null;
        Process process = null;
        try {
            root = Files.createTempDirectory(temp, "s3mock-");
            log = root.resolveSibling(root.getFileName() + ".log");
            Process started = new ProcessBuilder(server.apply(root))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process = started;
            S3Mock mock = new S3Mock(started, httpPort, bucket, root, log);
            URI bucketUri = URI.create(mock.endpoint() + "/" + bucket);
            HttpClient http = HttpClient.newHttpClient();
            Path output = log;
            // a stopped server fails the wait at once (outside the ignored exceptions of the request)
            await().atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(() -> {
                        if (!started.isAlive()) {
                            throw new IllegalStateException(
                                    "s3mock stopped (exit " + started.exitValue() + "): " + tail(output));
                        }
                    })
                    .ignoreExceptions()
                    .until(() ->
                            http.send(HttpRequest.newBuilder(bucketUri).build(), HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200);
            return mock;
        } catch (IOException e) {
            leaveNothing(process, root, log);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            leaveNothing(process, root, log);
            throw e;
        }
    }

    /** After a failed start: stops the process (alive but not answering, or stopped) and deletes its folder. */
    private static void leaveNothing(Process process, Path root, Path log) {
        try {
            if (process != null) {
                ChildProcesses.stop(process, Duration.ofSeconds(10));
            }
        } finally {
            deleteQuietly(root, log);
        }
    }

    /** The end of the server's output, for the reason of a failed start. */
    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 2000));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path root, Path log) {
        try {
            if (root != null && Files.exists(root)) {
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
            if (log != null) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP endpoint, e.g. for {@code ecozone.files.s3.endpoint}. */
    public String endpoint() {
        return "http://localhost:" + httpPort;
    }

    public String bucket() {
        return bucket;
    }

    /** The object's address (path-style). */
    public URI url(String key) {
        return URI.create(endpoint() + "/" + bucket + "/" + key);
    }

    /** Stops the server (killed when it has not stopped after 30 s) and deletes its store and log. */
    @Override
    public void close() {
        try {
            ChildProcesses.stop(process, Duration.ofSeconds(30));
        } finally {
            deleteQuietly(root, log);
        }
    }
}
