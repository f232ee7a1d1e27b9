package cn.ecozone.document;

import static cn.ecozone.document.EvidenceUploadIT.concat;
import static cn.ecozone.document.EvidenceUploadIT.pdf;
import static cn.ecozone.document.EvidenceUploadIT.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.ecozone.document.internal.OrphanSweep;
import cn.ecozone.document.internal.S3Files;
import cn.ecozone.document.internal.StoredFiles;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.S3Mock;
import cn.ecozone.support.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Files in S3 (issue 15 §2, ADR 0054): with {@code ecozone.files.store=s3} the document façade stores
 * and reads files as objects of a real S3 server (s3mock, started by the test), named by their SHA-256,
 * uploaded in one checksummed PUT and read as a stream; a refused upload leaves nothing in the bucket
 * and nothing in the work folder; the orphan sweep removes objects no row names and nothing else.
 */
@ApiTest
class S3FileStoreIT {

    private static final Actor ACTOR =
            new Actor(1, "s3.store", "测试", Role.COUNTY_GOVERNMENT, 1, "测试机构", "522722", "52/5227/522722", false);

    /** Ports 18121-18124 (helper O4's range; the two-instance stage uses 18125-18128). */
    private static final S3Mock S3 = S3Mock.start(18121, "ecozone-it");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry properties) {
        properties.add("ecozone.files.store", () -> "s3");
        properties.add("ecozone.files.s3.endpoint", S3::endpoint);
        properties.add("ecozone.files.s3.bucket", S3::bucket);
        properties.add("ecozone.files.s3.access-key", () -> "any");
        properties.add("ecozone.files.s3.secret-key", () -> "any");
        // every unnamed object is an orphan at once: this context's bucket is this class's alone
        properties.add("ecozone.files.orphan-grace", () -> "0s");
    }

    @AfterAll
    static void stop() {
        S3.close();
    }

    @Autowired
    DocumentManagement documents;

    @Autowired
    StoredFiles store;

    @Autowired
    OrphanSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStoreInUseIsS3() {
        assertThat(store).isInstanceOf(S3Files.class);
    }

    @Test
    void anUploadIsStoredAsTheObjectNamedByItsHashAndReadBackByteIdentical() throws Exception {
        byte[] content = large("uploaded to S3", 3 * 1024 * 1024);

        StoredDocument stored =
                documents.store(Upload.of("规划文本.pdf", content), Set.of(DocumentType.PDF), ACTOR, d -> d);

        assertThat(stored.sha256()).isEqualTo(sha256(content));
        HttpResponse<byte[]> object = HTTP.send(
                HttpRequest.newBuilder(S3.url(stored.sha256())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(object.statusCode()).isEqualTo(200);
        assertThat(object.body()).isEqualTo(content);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(documents.open(stored.id()), digest)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(stored.sha256());
        assertThat(temporaryFiles())
                .as("the temporary file is gone after the PUT")
                .isEmpty();
    }

    @Test
    void anUploadRefusedByTheCallerLeavesNoObjectNoRowAndNoTemporaryFile() throws Exception {
        byte[] content = pdf("refused on S3");

        assertThatThrownBy(() -> documents.store(Upload.of("退回.pdf", content), Set.of(DocumentType.PDF), ACTOR, d -> {
                    throw new IllegalStateException("the caller's rule refuses it");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(status(sha256(content))).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from document where sha256 = ?", Long.class, sha256(content)))
                .isZero();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aPutWhoseBytesDoNotMatchTheirChecksumIsRefusedByTheStoreAndShowsNothing() throws Exception {
        byte[] content = pdf("bytes that are not what their hash says");
        String claimed = sha256(pdf("other bytes"));
        Path temporary = Files.write(Files.createTempFile(store.workDir(), "upload-", ".tmp"), content);
        try {
            assertThatThrownBy(() -> store.put(claimed, temporary, content.length))
                    .isInstanceOf(IOException.class);
        } finally {
            Files.deleteIfExists(temporary);
        }

        assertThat(status(claimed)).isEqualTo(404);
        assertThatThrownBy(() -> store.open(claimed)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theOrphanSweepRemovesAnObjectNoRowNamesAndKeepsTheNamedOne() throws Exception {
        StoredDocument named =
                documents.store(Upload.of("保留.pdf", pdf("named on S3")), Set.of(DocumentType.PDF), ACTOR, d -> d);
        byte[] orphanContent = pdf("left by a crash on S3");
        String orphan = sha256(orphanContent);
        Path temporary = Files.write(Files.createTempFile(store.workDir(), "upload-", ".tmp"), orphanContent);
        store.put(orphan, temporary, orphanContent.length);
        Files.deleteIfExists(temporary);
        assertThat(status(orphan)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            sweep.sweep();
            assertThat(status(orphan)).isEqualTo(404);
        });

        assertThat(status(named.sha256())).isEqualTo(200);
        try (InputStream in = documents.open(named.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf("named on S3"));
        }
    }

    /** A valid PDF of about {@code size} bytes: the test PDF followed by a comment line of random letters. */
    private static byte[] large(String mark, int size) {
        byte[] letters = new byte[size];
        Random random = new Random(size);
        for (int i = 0; i < size; i++) {
            letters[i] = (byte) ('a' + random.nextInt(26));
        }
        return concat(
                concat(TestFiles.PDF, ("%" + mark + " ").getBytes(StandardCharsets.US_ASCII)),
                concat(letters, "\n".getBytes(StandardCharsets.US_ASCII)));
    }

    private static int status(String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(S3.url(key)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private Stream<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(store.workDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith("upload-")).toList().stream();
        }
    }
}
