package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the audit log covers: requests of anonymous callers are found in the search (also with a path
 * longer than the columns), reads of stored
 * documents are recorded, and a change commits only together with its record.
 */
@ApiTest
class AuditCoverageIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser auditor() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.AUDIT_ADMIN, "150000"), Fixtures.PASSWORD);
        return browser;
    }

    private static List<JsonNode> search(Browser auditor, String query) {
        Response page = auditor.get("/api/audit/records?size=50&" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        page.json().get("content").forEach(list::add);
        return list;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void requestsOfAnonymousCallersAreFoundInTheSearch() {
        String path = "/api/construction-units/anonymous-" + System.nanoTime();
        Response refused = new Browser(port).delete(path);
        assertThat(refused.status()).isIn(401, 403);

        List<JsonNode> found = search(auditor(), "action=" + encoded(path));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().get("username").isNull()).isTrue();
        assertThat(found.getFirst().get("outcome").asString()).isEqualTo("DENIED");
        assertThat(search(auditor(), "username=&action=" + encoded(path))).hasSize(1);
    }

    @Test
    void aRequestWithAPathLongerThanTheActionColumnIsRecordedWithThePathCut() {
        String prefix = "/api/no-such-endpoint-" + System.nanoTime() + "/";
        String path = prefix + "x".repeat(3000);
        Response refused = new Browser(port).delete(path);
        assertThat(refused.status()).isIn(401, 403, 404);

        List<JsonNode> found = search(auditor(), "action=" + encoded(prefix));
        assertThat(found).hasSize(1);
        String action = found.getFirst().get("action").asString();
        assertThat(action).startsWith("DELETE " + prefix).hasSize(200).endsWith("…");
        assertThat(found.getFirst().get("target").asString()).hasSize(300).endsWith("…");
    }

    @Test
    void downloadingEvidenceIsRecordedWithWhoAndWhichDocument() throws Exception {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "520328");
        Browser county = new Browser(port);
        county.login(username, Fixtures.PASSWORD);
        String base = "/api/indicator-values/GZ-2SZS-2021/520328/2024/GZ-02";
        assertThat(county.put(base, Map.of("value", 96.0)).status()).isEqualTo(200);
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Response attached = county.upload(base + "/evidence", "现场照片.png", png.toByteArray());
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        long id = attached.json().get("id").asLong();
        long documentId =
                jdbc.queryForObject("select document_id from indicator_evidence where id = ?", Long.class, id);

        assertThat(county.download(base + "/evidence/" + id)).isEqualTo(png.toByteArray());

        List<JsonNode> reads = search(auditor(), "username=" + encoded(username) + "&action=GET");
        assertThat(reads).hasSize(1);
        JsonNode read = reads.getFirst();
        assertThat(read.get("action").asString())
                .startsWith("GET /api/indicator-values/")
                .endsWith("/evidence/{id}");
        assertThat(read.get("target").asString()).isEqualTo("Document:" + documentId + " 现场照片.png");
        assertThat(read.get("role").asString()).isEqualTo("COUNTY_GOVERNMENT");
        assertThat(read.get("outcome").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void aChangeWhoseAuditRecordCannotBeWrittenIsNotCommitted() {
        String name = "审计失败" + System.nanoTime();
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        // the database refuses exactly the record of this change
        jdbc.execute(
                "alter table audit_record add constraint audit_test_refuse check (changes is null or changes not like '%"
                        + name + "%')");
        try {
            Response created = county.post(
                    "/api/construction-units", Map.of("regionCode", "152502", "name", name, "kind", "PARK"));
            assertThat(created.status()).as(created.toString()).isGreaterThanOrEqualTo(400);
        } finally {
            jdbc.execute("alter table audit_record drop constraint audit_test_refuse");
        }
        assertThat(jdbc.queryForObject("select count(*) from construction_unit where name = ?", Long.class, name))
                .isZero();
    }

    @Test
    void aCommittedChangeIsRecordedOnceWithItsFieldChanges() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        String name = "审计一次" + System.nanoTime();
        Browser county = new Browser(port);
        county.login(username, Fixtures.PASSWORD);
        assertThat(county.post("/api/construction-units", Map.of("regionCode", "152502", "name", name, "kind", "PARK"))
                        .status())
                .isEqualTo(201);

        List<JsonNode> records = search(auditor(), "username=" + encoded(username) + "&action=" + encoded("POST"));
        assertThat(records)
                .filteredOn(r -> r.get("changes").toString().contains(name))
                .hasSize(1);
        assertThat(records).hasSize(1);
    }
}
