package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §4: the promulgation carries its issuing document (印发文件) as a file, kept with the plan's
 * texts, linked from the promulgation's timeline entry, downloadable by whoever may read the plan and
 * kept through a revision (ADR 0056). 化德县 (150922) on the IM eco-civ path (IM eco-civ art. 6), which
 * no other plan test uses, through HTTP.
 */
@ApiTest
class PlanIssuingDocumentIT {

    private static final String COUNTY = "150922";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private Browser as(Role role, String region) {
        return Browser.loggedIn(port, fixtures.user(role, region));
    }

    /** A plan of the county at its promulgation step. */
    private JsonNode atPromulgation(Browser county, String title) {
        Browser league = as(Role.PREFECTURE_STAFF, "150900");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode plan = PlanPathIT.drafted(county, title);
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意报送"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "张三、李四、王五", "reviewedOn", "2026-06-10", "opinion", "通过"));
        return act(county, plan, "revised", Map.of());
    }

    /** The promulgation form: its fields first, then the file (as the page sends it). */
    static Response promulgate(Browser who, JsonNode plan, Map<String, String> fields, String name, byte[] file) {
        String boundary = "----ecozone" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("version", plan.get("version").asString());
        all.putAll(fields);
        all.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + field + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return who.uploadBody("/api/plans/" + plan.get("id").asLong() + "/promulgation", boundary, body.toByteArray());
    }

    private static Map<String, String> promulgation(String number) {
        return Map.of("body", "化德县人民政府", "promulgatedOn", "2026-09-25", "documentNumber", number);
    }

    private int documentsBy(String username) {
        return jdbc.sql("select count(*) from document where uploaded_by = :user")
                .param("user", username)
                .query(Integer.class)
                .single();
    }

    @Test
    void thePromulgationKeepsItsIssuingDocumentListedLinkedDownloadableAndThroughARevision() throws Exception {
        String countyUser = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser county = Browser.loggedIn(port, countyUser);
        Browser league = as(Role.PREFECTURE_STAFF, "150900");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode plan = atPromulgation(county, "化德县生态文明建设示范区规划（印发文件）" + System.nanoTime());
        String path = "/api/plans/" + plan.get("id").asLong();

        // the league is not the promulgation's actor: refused before the bytes are stored
        int before = documentsBy(countyUser);
        int leagueBefore = documentsBy(fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        Response stranger = promulgate(league, plan, promulgation("化政发〔2026〕3号"), "印发通知.pdf", TestFiles.PDF);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
        assertThat(documentsBy(fixtures.user(Role.PREFECTURE_STAFF, "150900"))).isEqualTo(leagueBefore);

        // a file that is no accepted format: 415 on the file field, nothing stored, not promulgated
        byte[] random = new byte[4096];
        new java.util.Random(14).nextBytes(random);
        Response wrong = promulgate(county, plan, promulgation("化政发〔2026〕3号"), "印发通知.pdf", random);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(415);
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactly("file");
        JsonNode unchanged = county.get(path).json();
        assertThat(unchanged.get("version")).isEqualTo(plan.get("version"));
        assertThat(unchanged.get("promulgatedOn").isNull()).isTrue();
        assertThat(unchanged.get("texts")).hasSize(1);
        assertThat(documentsBy(countyUser)).isEqualTo(before);

        // a missing value after the bytes were checked: 400 naming it, nothing kept
        Response noNumber = promulgate(
                county, plan, Map.of("body", "化德县人民政府", "promulgatedOn", "2026-09-25"), "印发通知.docx", TestFiles.docx());
        assertThat(noNumber.status()).as(noNumber.toString()).isEqualTo(400);
        assertThat(noNumber.json().get("errors").findValuesAsString("field")).containsExactly("documentNumber");
        assertThat(documentsBy(countyUser)).isEqualTo(before);

        byte[] issuing = TestFiles.docx();
        Response promulgated = promulgate(county, plan, promulgation("化政发〔2026〕3号"), "关于印发化德县规划的通知.docx", issuing);
        assertThat(promulgated.status()).as(promulgated.toString()).isEqualTo(200);
        plan = promulgated.json();
        assertThat(plan.get("promulgationNumber").asString()).isEqualTo("化政发〔2026〕3号");
        JsonNode file = plan.get("issuingDocument");
        assertThat(file.get("kind").asString()).isEqualTo("ISSUING_DOCUMENT");
        assertThat(file.get("number").asInt()).isEqualTo(1);
        assertThat(file.get("name").asString()).isEqualTo("关于印发化德县规划的通知.docx");
        assertThat(file.get("type").asString()).isEqualTo("DOCX");
        assertThat(file.get("sha256").asString()).isEqualTo(sha256(issuing));
        assertThat(file.get("promulgated").asBoolean()).isTrue();
        assertThat(file.get("current").asBoolean()).isFalse();
        long issuingId = file.get("documentId").asLong();

        // listed after the text's versions, which keep their numbers; the text is the promulgated one (印发稿)
        JsonNode texts = plan.get("texts");
        assertThat(texts.findValuesAsString("kind")).containsExactly("TEXT", "ISSUING_DOCUMENT");
        assertThat(texts.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(texts.get(0).get("promulgated").asBoolean()).isTrue();
        assertThat(texts.get(1).get("seenBy").valueStream().map(JsonNode::asString))
                .containsExactly("PROMULGATED");

        // the promulgation's timeline entry names the text it saw and links the issuing document
        JsonNode entry = plan.get("timeline")
                .valueStream()
                .filter(e -> "PROMULGATED".equals(e.get("action").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("issuingDocumentId").asLong()).isEqualTo(issuingId);
        assertThat(entry.get("documentId").asLong())
                .isEqualTo(texts.get(0).get("documentId").asLong());
        assertThat(entry.get("textVersion").asInt()).isEqualTo(1);
        assertThat(plan.get("run")
                        .get("timeline")
                        .valueStream()
                        .flatMap(e -> e.get("documentIds").valueStream())
                        .map(JsonNode::asLong))
                .contains(issuingId);

        // byte-identical for every reader in scope; 404 outside it, in the league next door and in Guizhou
        String download = path + "/document?documentId=" + issuingId;
        for (Browser reader : List.of(county, league, province)) {
            assertThat(reader.download(download)).isEqualTo(issuing);
        }
        assertThat(as(Role.PREFECTURE_STAFF, "152500").get(download).status()).isEqualTo(404);
        assertThat(as(Role.PROVINCE_STAFF, "520000").get(download).status()).isEqualTo(404);
        assertThat(as(Role.PROVINCE_STAFF, "520000").get(path).status()).isEqualTo(404);

        // filed, acknowledged, then a major change and a revision: the file stays, linked and downloadable
        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-20"));
        plan = act(province, plan, "acknowledge", Map.of("receivedOn", "2026-10-21", "opinion", "已接收备案"));
        plan = act(county, plan, "major_change", Map.of("reason", "目标任务调整"));
        plan = act(county, plan, "recompile", Map.of());
        assertThat(plan.get("revision").asInt()).isEqualTo(2);
        assertThat(plan.get("issuingDocument").isNull()).isTrue();
        assertThat(plan.get("texts").findValuesAsString("kind")).containsExactly("TEXT", "ISSUING_DOCUMENT");
        assertThat(plan.get("texts").get(1).get("documentId").asLong()).isEqualTo(issuingId);
        assertThat(plan.get("timeline").findValues("issuingDocumentId").stream()
                        .filter(n -> !n.isNull())
                        .map(JsonNode::asLong))
                .containsExactly(issuingId);
        assertThat(county.download(download)).isEqualTo(issuing);
    }

    @Test
    void thePublicColumnOffersThePromulgatedPlansIssuingDocumentBesideItsTextUntilARevision() {
        Browser county = as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        Browser anonymous = new Browser(port);
        JsonNode plan = atPromulgation(county, "化德县生态文明建设示范区规划（公开印发文件）" + System.nanoTime());
        long id = plan.get("id").asLong();
        long text = plan.get("documentId").asLong();
        byte[] issuing = TestFiles.docx();

        Response promulgated = promulgate(county, plan, promulgation("化政发〔2026〕5号"), "关于印发化德县规划的通知（公开）.docx", issuing);
        assertThat(promulgated.status()).as(promulgated.toString()).isEqualTo(200);
        plan = promulgated.json();
        long issuingId = plan.get("issuingDocument").get("documentId").asLong();

        // the public column names it beside the text, and anybody downloads both without logging in
        JsonNode listed = publicPlan(anonymous, id);
        assertThat(listed.get("hasText").asBoolean()).isTrue();
        assertThat(listed.get("issuingDocumentId").asLong()).isEqualTo(issuingId);
        assertThat(listed.get("issuingDocumentName").asString()).isEqualTo("关于印发化德县规划的通知（公开）.docx");
        String file = "/api/public/plans/" + id + "/document";
        assertThat(anonymous.download(file + "?documentId=" + issuingId)).isEqualTo(issuing);
        assertThat(anonymous.download(file + "?documentId=" + text)).isEqualTo(anonymous.download(file));
        // no other document through a promulgated plan's public link
        long otherPlansText = PlanPathIT.drafted(county, "化德县另一规划" + System.nanoTime())
                .get("documentId")
                .asLong();
        assertThat(anonymous.get(file + "?documentId=" + otherPlansText).status())
                .isEqualTo(404);

        // a major change and a revision: the plan is no longer promulgated, neither file is public, while
        // the staff still download the issuing document from the plan's kept files
        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-20"));
        plan = act(province, plan, "acknowledge", Map.of("receivedOn", "2026-10-21", "opinion", "已接收备案"));
        plan = act(county, plan, "major_change", Map.of("reason", "目标任务调整"));
        act(county, plan, "recompile", Map.of());
        assertThat(anonymous
                        .get("/api/public/columns/" + COUNTY + "/ECO_CIVILIZATION_ZONE")
                        .json()
                        .get("plans")
                        .findValues("id")
                        .stream()
                        .map(JsonNode::asLong))
                .doesNotContain(id);
        assertThat(anonymous.get(file + "?documentId=" + issuingId).status()).isEqualTo(404);
        assertThat(county.download("/api/plans/" + id + "/document?documentId=" + issuingId))
                .isEqualTo(issuing);
    }

    @Test
    void aPromulgationWithoutAnIssuingDocumentShowsNoneInThePublicColumn() {
        Browser county = as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser anonymous = new Browser(port);
        JsonNode plan = atPromulgation(county, "化德县生态文明建设示范区规划（无印发文件）" + System.nanoTime());

        plan = act(county, plan, "promulgate", Map.<String, Object>copyOf(promulgation("化政发〔2026〕6号")));

        JsonNode listed = publicPlan(anonymous, plan.get("id").asLong());
        assertThat(listed.get("issuingDocumentId").isNull()).isTrue();
        assertThat(listed.get("issuingDocumentName").isNull()).isTrue();
        assertThat(listed.get("hasText").asBoolean()).isTrue();
    }

    /** The plan as the county's public column lists it. */
    private static JsonNode publicPlan(Browser anonymous, long id) {
        return anonymous
                .get("/api/public/columns/" + COUNTY + "/ECO_CIVILIZATION_ZONE")
                .json()
                .get("plans")
                .valueStream()
                .filter(p -> p.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
