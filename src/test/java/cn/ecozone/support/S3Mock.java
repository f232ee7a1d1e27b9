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
import java.util.List;

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

    private S3Mock(Process process, int httpPort, String bucket) {
        this.process = process;
        this.httpPort = httpPort;
        this.bucket = bucket;
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
        try {
            Path root = Files.createTempDirectory("s3mock-");
            Path log = root.resolveSibling(root.getFileName() + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(
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
                            "--com.adobe.testing.s3mock.max-payload-size=64MB"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3Mock mock = new S3Mock(process, firstPort + 1, bucket);
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofMinutes(8)) // 20 s on an idle machine, 150 s on a busy one
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("s3mock stopped, see " + log);
                        }
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(mock.endpoint() + "/" + bucket))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    });
            return mock;
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

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
