package cn.ecozone.document;

import static cn.ecozone.document.EvidenceUploadIT.concat;
import static cn.ecozone.document.EvidenceUploadIT.pdf;
import static cn.ecozone.document.EvidenceUploadIT.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.plan.PlanPathIT;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Plan texts and work plan documents are read from the request body as it arrives, like the evidence
 * (issue 10, ADR 0021): the stored file is the bytes sent, named by their SHA-256; a cut-off body is a
 * 400 and a file over the limit a 413 (before: a 413 naming no field, from the container's parser), each
 * naming the field {@code file} and leaving neither a row nor a file.
 */
@ApiTest
class DocumentUploadStreamingIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${ecozone.files.dir}")
    Path store;

    @Value("${ecozone.files.max-size}")
    org.springframework.util.unit.DataSize maxSize;

    @Test
    void aPlanTextIsStoredAsTheBytesSentNamedByTheirSha256() throws IOException {
        Browser county = county("152522"); // 阿巴嘎旗
        JsonNode plan = draftPlan(county, "流式上传的规划文本");
        byte[] sent = pdf("plan text streamed");

        Response stored = county.upload(planDocument(plan), "规划文本.pdf", sent);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        long document = stored.json().get("documentId").asLong();
        assertThat(jdbc.queryForObject("select sha256 from document where id = ?", String.class, document))
                .isEqualTo(sha256(sent));
        assertThat(Files.readAllBytes(store.resolve(sha256(sent)))).isEqualTo(sent);
    }

    @Test
    void aWorkPlanDocumentIsStoredAsTheBytesSentNamedByTheirSha256() throws IOException {
        Browser county = county("152523"); // 苏尼特左旗
        JsonNode plan = workPlan(county, 2034);
        byte[] sent = pdf("work plan document streamed");

        Response stored = county.upload(workPlanDocument(plan), "年度计划.pdf", sent);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(Files.readAllBytes(store.resolve(sha256(sent)))).isEqualTo(sent);
    }

    @Test
    void aCutOffBodyIsA400NamingTheFileAndLeavesNoRowAndNoFile() throws IOException {
        Browser county = county("152524"); // 苏尼特右旗
        JsonNode plan = draftPlan(county, "断开的规划文本");
        JsonNode work = workPlan(county, 2035);
        for (String path : List.of(planDocument(plan), workPlanDocument(work))) {
            long rows = documents();
            List<String> files = files();
            String boundary = "----ecozoneCut";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"断开.pdf\""
                            + "\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] sent = pdf(path);

            Response refused = county.uploadBody(path, boundary, concat(head, Arrays.copyOf(sent, sent.length / 2)));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("file");
            assertThat(documents()).isEqualTo(rows);
            assertThat(files()).isSubsetOf(files);
        }
    }

    @Test
    void aFileOverTheLimitIsA413NamingTheFileAndLeavesNoRowAndNoFile() throws IOException {
        Browser county = county("152525"); // 东乌珠穆沁旗
        JsonNode plan = draftPlan(county, "过大的规划文本");
        JsonNode work = workPlan(county, 2036);
        byte[] tooLarge = concat(TestFiles.PDF, new byte[(int) maxSize.toBytes()]);
        for (String path : List.of(planDocument(plan), workPlanDocument(work))) {
            long rows = documents();
            List<String> files = files();

            Response refused = county.upload(path, "过大.pdf", tooLarge);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
            assertThat(refused.code()).isEqualTo("too-large");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("file");
            assertThat(documents()).isEqualTo(rows);
            assertThat(files()).isSubsetOf(files);
        }
    }

    private Browser county(String region) {
        return Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, region));
    }

    private static JsonNode draftPlan(Browser subject, String title) {
        Response created = subject.post(
                "/api/plans",
                Map.of("regulation", PlanPathIT.IM_ECOCIV, "title", title, "periodStart", 2026, "periodEnd", 2030));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode workPlan(Browser subject, int year) {
        Response created = subject.post(
                "/api/work-plans",
                Map.of(
                        "programme",
                        "TWO_MOUNTAINS_AREA",
                        "year",
                        year,
                        "title",
                        year + "年“两山”转化工作年度计划",
                        "summary",
                        "流式上传",
                        "tasks",
                        List.of(),
                        "projects",
                        List.of(),
                        "funds",
                        List.of()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static String planDocument(JsonNode plan) {
        return "/api/plans/" + plan.get("id").asLong() + "/document?version="
                + plan.get("version").asLong();
    }

    private static String workPlanDocument(JsonNode plan) {
        return "/api/work-plans/" + plan.get("id").asLong() + "/document?version="
                + plan.get("version").asLong();
    }

    private long documents() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }

    /** Every file below the store's folder (its temporary files included). */
    private List<String> files() throws IOException {
        return listing(store);
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> found = Files.walk(folder)) {
            return found.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
