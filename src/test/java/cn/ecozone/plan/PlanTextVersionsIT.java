package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §4: every version of a plan's text is kept and downloadable after revision, and each step
 * of the timeline names the version it saw. A county of 乌兰察布市 (150981) on the IM eco-civ path
 * (IM eco-civ arts. 4–6), through HTTP.
 */
@ApiTest
class PlanTextVersionsIT {

    private static final String COUNTY = "150981";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        return Browser.loggedIn(port, fixtures.user(role, region));
    }

    private static JsonNode upload(Browser who, JsonNode plan, String name, byte[] bytes) {
        Response r = who.upload(
                "/api/plans/" + plan.get("id").asLong() + "/document?version="
                        + plan.get("version").asLong(),
                name,
                bytes);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void everyPlanTextVersionIsDownloadableAfterRevisionAndEachStepNamesTheVersionItSaw() throws Exception {
        Browser county = as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser league = as(Role.PREFECTURE_STAFF, "150900");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        Response created = county.post(
                "/api/plans",
                Map.of(
                        "regulation",
                        PlanPathIT.IM_ECOCIV,
                        "title",
                        "丰镇市生态文明建设示范区规划（文本版本）",
                        "periodStart",
                        2026,
                        "periodEnd",
                        2030));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.get("texts")).isEmpty();

        // four versions in four formats: the draft, its replacement before submission (kept too), the
        // text after the league's return, the revision after the expert review
        byte[][] bytes = {TestFiles.PDF, TestFiles.docx(), TestFiles.doc(), TestFiles.ofd()};
        plan = upload(county, plan, "规划（初稿）.pdf", bytes[0]);
        plan = upload(county, plan, "规划（送审稿）.docx", bytes[1]);
        plan = act(county, plan, "submit", Map.of());
        plan = act(
                league,
                league.get("/api/plans/" + plan.get("id").asLong()).json(),
                "return",
                Map.of("reason", "请补充重点工程投资测算"));
        plan = upload(
                county, county.get("/api/plans/" + plan.get("id").asLong()).json(), "规划（送审稿二）.doc", bytes[2]);
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意报送"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "REVISE", "panel", "张三、李四、王五", "reviewedOn", "2026-06-10", "opinion", "修改完善"));
        plan = upload(county, plan, "规划（印发稿）.ofd", bytes[3]);
        plan = act(county, plan, "revised", Map.of("note", "已按专家意见修改"));
        plan = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "丰镇市人民政府", "promulgatedOn", "2026-09-25", "documentNumber", "丰政发〔2026〕8号"));
        // filed and received, so that the plan leaves no open deadline in the league
        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-22"));
        plan = act(province, plan, "acknowledge", Map.of("receivedOn", "2026-10-23", "opinion", "已接收备案"));
        assertThat(plan.get("state").asString()).isEqualTo("FILED");

        JsonNode texts = plan.get("texts");
        assertThat(texts.findValuesAsString("name"))
                .containsExactly("规划（初稿）.pdf", "规划（送审稿）.docx", "规划（送审稿二）.doc", "规划（印发稿）.ofd");
        assertThat(texts.findValues("number").stream().map(JsonNode::asInt)).containsExactly(1, 2, 3, 4);
        assertThat(texts.findValuesAsString("type")).containsExactly("PDF", "DOCX", "DOC", "OFD");
        // what each step saw: the first draft none, the returned text the submission (a return records none)
        assertThat(texts.get(0).get("seenBy")).isEmpty();
        assertThat(strings(texts.get(1).get("seenBy"))).containsExactly("SUBMITTED");
        assertThat(strings(texts.get(2).get("seenBy"))).containsExactly("SUBMITTED", "EXAMINED", "REVIEWED");
        // filing and its receipt record no text of their own
        assertThat(strings(texts.get(3).get("seenBy"))).containsExactly("REVISED", "PROMULGATED");
        // the promulgated text (印发稿) with its issuing document number; it is the current text
        assertThat(texts.findValues("promulgated").stream().map(JsonNode::asBoolean))
                .containsExactly(false, false, false, true);
        assertThat(texts.get(3).get("current").asBoolean()).isTrue();
        assertThat(plan.get("promulgationNumber").asString()).isEqualTo("丰政发〔2026〕8号");

        // each step names its version
        for (JsonNode entry : plan.get("timeline")) {
            String action = entry.get("action").asString();
            int expected = switch (action) {
                case "EXAMINED", "REVIEWED" -> 3;
                case "REVISED", "PROMULGATED" -> 4;
                default -> 0;
            };
            if (expected > 0) {
                assertThat(entry.get("textVersion").asInt()).as(action).isEqualTo(expected);
                assertThat(entry.get("documentId").asLong())
                        .isEqualTo(texts.get(expected - 1).get("documentId").asLong());
            }
        }
        assertThat(plan.get("timeline").findValuesAsString("action")).startsWith("ATTACHED", "ATTACHED", "SUBMITTED");
        assertThat(plan.get("timeline").get(2).get("textVersion").asInt()).isEqualTo(2);

        // every version downloads, with the bytes and SHA-256 it was uploaded with, for each reader in scope
        String text = "/api/plans/" + plan.get("id").asLong() + "/document?documentId=";
        for (Browser reader : List.of(county, league, province)) {
            for (int i = 0; i < 4; i++) {
                byte[] got =
                        reader.download(text + texts.get(i).get("documentId").asLong());
                assertThat(got).as("version %d", i + 1).isEqualTo(bytes[i]);
                assertThat(sha256(got)).isEqualTo(texts.get(i).get("sha256").asString());
                assertThat(texts.get(i).get("size").asLong()).isEqualTo(bytes[i].length);
            }
        }
        // outside the scope nothing is found, nor is another plan's document
        Browser otherLeague = as(Role.PREFECTURE_STAFF, "152500");
        assertThat(otherLeague
                        .get(text + texts.get(0).get("documentId").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(county.get(text + (texts.get(3).get("documentId").asLong() + 100_000))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRefusedTextAddsNoVersionAndTheRefusalNamesTheFieldAndTheTypeTheFileClaimed() {
        Browser county = as(Role.COUNTY_GOVERNMENT, COUNTY);
        JsonNode plan = county.post(
                        "/api/plans",
                        Map.of(
                                "regulation",
                                PlanPathIT.IM_ECOCIV,
                                "title",
                                "丰镇市生态文明建设示范区规划（格式）",
                                "periodStart",
                                2026,
                                "periodEnd",
                                2030))
                .json();
        plan = upload(county, plan, "其实是PDF.wps", TestFiles.PDF);
        // judged by content, not by the name
        assertThat(plan.get("texts").get(0).get("type").asString()).isEqualTo("PDF");
        String path = "/api/plans/" + plan.get("id").asLong() + "/document?version="
                + plan.get("version").asLong();

        byte[] random = new byte[4096];
        new java.util.Random(45).nextBytes(random);
        Response notOfd = county.upload(path, "随机.ofd", random);
        assertThat(notOfd.status()).as(notOfd.toString()).isEqualTo(415);
        assertThat(notOfd.json().get("errors").findValuesAsString("field")).containsExactly("file");

        // an OLE2 file whose Word stream is not Word: refused, naming the type its name chose
        Response brokenWps = county.upload(path, "损坏.wps", TestFiles.ole2(new byte[1024]));
        assertThat(brokenWps.status()).as(brokenWps.toString()).isEqualTo(415);
        assertThat(brokenWps.code()).isEqualTo("unreadable-file");
        assertThat(brokenWps.json().get("errors").get(0).get("message").asString())
                .contains("WPS");
        Response brokenDoc = county.upload(path, "损坏.doc", TestFiles.ole2(new byte[1024]));
        assertThat(brokenDoc.json().get("errors").get(0).get("message").asString())
                .contains("DOC");

        JsonNode now = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(now.get("texts")).hasSize(1);
        assertThat(now.get("version")).isEqualTo(plan.get("version"));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
