package cn.ecozone.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An evidence upload is taken over from the container's part file, not copied (issue 10): what lands
 * in the store is byte for byte what was sent, named by its SHA-256, and an upload that the content
 * check refuses leaves neither a file (stored or temporary) nor a row.
 */
@ApiTest
class EvidenceUploadIT {

    private static final String EDITION = "GZ-2SZS-2021";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${ecozone.files.dir}")
    Path store;

    @Test
    void theStoredFileIsTheBytesSentNamedAndRecordedByTheirSha256() throws IOException {
        Browser county = valueToAttachTo("522701");
        byte[] sent = pdf("522701 evidence");
        String sha256 = sha256(sent);

        Response stored = county.upload(evidence("522701"), "监测报告.pdf", sent);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("sha256").asString()).isEqualTo(sha256);
        assertThat(stored.json().get("size").asLong()).isEqualTo(sent.length);
        assertThat(jdbc.queryForObject(
                        "select sha256 from document where id = ?",
                        String.class,
                        stored.json().get("documentId").asLong()))
                .isEqualTo(sha256);
        assertThat(Files.readAllBytes(store.resolve(sha256))).isEqualTo(sent);
        assertThat(county.download(
                        evidence("522701") + "/" + stored.json().get("id").asLong()))
                .isEqualTo(sent);
    }

    @Test
    void anUploadRefusedByTheContentCheckLeavesNoFileAndNoRow() throws IOException {
        Browser county = valueToAttachTo("522702");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] lying = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), exe);
        long rows = documents();
        List<String> files = files();

        Response refused = county.upload(evidence("522702"), "伪装的报告.pdf", lying);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(documents()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files).doesNotContain(sha256(lying));
        assertThat(county.get(evidence("522702")).json().get("content")).isEmpty();
    }

    @Test
    void aBodyCutOffInsideTheFileGetsA400AndLeavesNoFileAndNoRow() throws IOException {
        Browser county = valueToAttachTo("522725");
        byte[] sent = pdf("522725 cut off");
        String boundary = "----ecozoneCut";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"断开的报告.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cut = concat(head, Arrays.copyOf(sent, sent.length / 2)); // no closing delimiter
        long rows = documents();
        List<String> files = files();

        Response refused = county.uploadBody(evidence("522725"), boundary, cut);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.code()).isEqualTo("validation");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(documents()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files);
        assertThat(county.get(evidence("522725")).json().get("content")).isEmpty();
    }

    /** A PDF that differs from every other test's by a comment after its end. */
    static byte[] pdf(String mark) {
        return concat(TestFiles.PDF, ("%" + mark + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String evidence(String region) {
        return "/api/indicator-values/" + EDITION + "/" + region + "/2024/GZ-02/evidence";
    }

    /** A county government of the region, logged in, with a value entered to attach evidence to. */
    static Browser valueToAttachTo(int port, Fixtures fixtures, String region) {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
        Response value =
                county.put("/api/indicator-values/" + EDITION + "/" + region + "/2024/GZ-02", Map.of("value", 97.0));
        assertThat(value.status()).as(value.toString()).isEqualTo(200);
        return county;
    }

    private Browser valueToAttachTo(String region) {
        return valueToAttachTo(port, fixtures, region);
    }

    private long documents() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }

    /** The names in the store, temporary files included. */
    private List<String> files() throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(store)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
