package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 先审后发 (issue 14 §7, ADR 0046): a column item of 鄂伦春自治旗 (150723, under 呼伦贝尔市 150700) is drafted by
 * the banner's government, approved by a second person of the same organization or by the league above, and
 * public only once published; its files are public only then too.
 */
@ApiTest
class ColumnReviewIT {

    private static final String COUNTY = "150723";
    private static final String LEAGUE = "150700";
    private static final String PROGRAMME = "TWO_MOUNTAINS_BASE";
    private static final String COLUMN = "/api/public/columns/" + COUNTY + "/" + PROGRAMME + "?size=100";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser anonymous() {
        return new Browser(port);
    }

    /** Two users of one organization of the banner's government. */
    private Browser[] colleagues() {
        long org = fixtures.organization(OrganizationKind.GOVERNMENT, COUNTY);
        return new Browser[] {
            Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, org)),
            Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, org))
        };
    }

    private static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }

    private static String step(JsonNode item, String action) {
        return "/api/column-items/" + item.get("id").asLong() + "/" + action + "?version="
                + item.get("version").asLong();
    }

    private static JsonNode draft(Browser drafter, String title) {
        return ok(
                drafter.post(
                        "/api/column-items",
                        Map.of("programme", PROGRAMME, "kind", "PROGRESS", "title", title, "body", "完成林草修复3万亩。")),
                201);
    }

    private boolean publiclyVisible(String title) {
        return anonymous()
                .get(COLUMN)
                .json()
                .get("items")
                .findValuesAsString("title")
                .contains(title);
    }

    @Test
    void theDrafterCannotApproveTheirOwnItemAColleagueApprovesAndOnlyThenCanItBePublished() {
        Browser[] org = colleagues();
        Browser drafter = org[0];
        Browser colleague = org[1];
        JsonNode item = draft(drafter, "鄂伦春旗两山基地建设进展（一）");
        assertThat(item.get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafter.post(step(item, "publish"), Map.of()).status()).isEqualTo(409);
        // a colleague may neither rewrite nor submit the draft, or they could approve text only they have seen
        Response rewritten = colleague.put(
                "/api/column-items/" + item.get("id").asLong() + "?version="
                        + item.get("version").asLong(),
                Map.of("programme", PROGRAMME, "kind", "PROGRESS", "title", "改写", "body", "改写"));
        assertThat(rewritten.status()).as(rewritten.toString()).isEqualTo(403);
        assertThat(rewritten.json().get("detail").asString()).contains("只有起草人");
        assertThat(colleague.post(step(item, "submit"), Map.of()).status()).isEqualTo(403);

        item = ok(drafter.post(step(item, "submit"), Map.of()), 200);
        assertThat(item.get("state").asString()).isEqualTo("PENDING");
        assertThat(colleague.get("/api/notifications").json().get("items").findValuesAsString("title"))
                .contains("专栏信息待审核：《鄂伦春旗两山基地建设进展（一）》");
        assertThat(colleague.get("/api/column-items/awaiting?size=100").json().findValuesAsString("title"))
                .contains("鄂伦春旗两山基地建设进展（一）");
        assertThat(drafter.get("/api/column-items/awaiting?size=100").json().findValuesAsString("title"))
                .doesNotContain("鄂伦春旗两山基地建设进展（一）");

        Response own = drafter.post(step(item, "approve"), Map.of());
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("不能审核自己起草的专栏信息");
        Response early = drafter.post(step(item, "publish"), Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("先审核，后发布");
        assertThat(publiclyVisible("鄂伦春旗两山基地建设进展（一）")).isFalse();

        Browser stranger = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150722"));
        assertThat(stranger.post(step(item, "approve"), Map.of()).status()).isEqualTo(404);

        JsonNode approved = ok(colleague.post(step(item, "approve"), Map.of()), 200);
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        // the second approval of the same version: one wins, the other is stale
        assertThat(colleague.post(step(item, "approve"), Map.of()).status()).isEqualTo(409);
        assertThat(drafter.get("/api/notifications").json().get("items").findValuesAsString("title"))
                .contains("专栏信息已审核同意：《鄂伦春旗两山基地建设进展（一）》");
        assertThat(publiclyVisible("鄂伦春旗两山基地建设进展（一）")).isFalse();

        JsonNode published = ok(drafter.post(step(approved, "publish"), Map.of()), 200);
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isNull()).isFalse();
        assertThat(publiclyVisible("鄂伦春旗两山基地建设进展（一）")).isTrue();
    }

    @Test
    void anApproverReturnsWithAReasonTheDrafterCorrectsAndTheLeagueApproves() {
        Browser drafter = colleagues()[0];
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        JsonNode item = draft(drafter, "鄂伦春旗两山基地建设进展（二）");
        item = ok(drafter.post(step(item, "submit"), Map.of()), 200);
        assertThat(league.get("/api/column-items/awaiting?size=100").json().findValuesAsString("title"))
                .contains("鄂伦春旗两山基地建设进展（二）");

        Response noReason = league.post(step(item, "return"), Map.of("reason", " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().toString()).contains("reason");
        JsonNode returned = ok(league.post(step(item, "return"), Map.of("reason", "数据口径与统计公报不一致")), 200);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo("数据口径与统计公报不一致");
        assertThat(drafter.get("/api/notifications").json().get("items").findValuesAsString("body"))
                .anyMatch(b -> b.contains("数据口径与统计公报不一致"));
        assertThat(league.post(step(returned, "approve"), Map.of()).status()).isEqualTo(409);

        JsonNode corrected = ok(
                drafter.put(
                        "/api/column-items/" + returned.get("id").asLong() + "?version="
                                + returned.get("version").asLong(),
                        Map.of(
                                "programme",
                                PROGRAMME,
                                "kind",
                                "RESULT",
                                "title",
                                "鄂伦春旗两山基地建设进展（二）",
                                "body",
                                "按统计公报口径：完成林草修复2.8万亩。")),
                200);
        corrected = ok(drafter.post(step(corrected, "submit"), Map.of()), 200);
        assertThat(drafter.put(
                                "/api/column-items/" + corrected.get("id").asLong() + "?version="
                                        + corrected.get("version").asLong(),
                                Map.of("programme", PROGRAMME, "kind", "RESULT", "title", "改", "body", "改"))
                        .status())
                .isEqualTo(409);
        JsonNode approved = ok(league.post(step(corrected, "approve"), Map.of()), 200);
        assertThat(approved.get("approvedBy").asString()).isNotBlank();
        assertThat(publiclyVisible("鄂伦春旗两山基地建设进展（二）")).isFalse();
        ok(drafter.post(step(approved, "publish"), Map.of()), 200);
        JsonNode shown = anonymous().get(COLUMN).json().get("items").get("content");
        assertThat(shown.findValuesAsString("body")).contains("按统计公报口径：完成林草修复2.8万亩。");
    }

    @Test
    void anItemsImagesAndAttachmentsArePublicOnlyOnceItIsPublished() {
        Browser[] org = colleagues();
        Browser drafter = org[0];
        JsonNode item = draft(drafter, "鄂伦春旗两山基地图片");
        String files = "/api/column-items/" + item.get("id").asLong() + "/files?version=";
        Response notAnImage =
                drafter.upload(files + item.get("version").asLong() + "&image=true", "假图片.png", TestFiles.PDF);
        assertThat(notAnImage.status()).as(notAnImage.toString()).isEqualTo(415);
        byte[] png = TestFiles.image("png", 40, 30);
        item = ok(drafter.upload(files + item.get("version").asLong() + "&image=true", "林场.png", png), 200);
        item = ok(drafter.upload(files + item.get("version").asLong(), "实施方案.pdf", TestFiles.PDF), 200);
        JsonNode listed = item.get("files");
        assertThat(listed.findValuesAsString("name")).containsExactly("林场.png", "实施方案.pdf");
        assertThat(listed.get(0).get("image").asBoolean()).isTrue();
        assertThat(listed.get(1).get("image").asBoolean()).isFalse();
        long image = listed.get(0).get("documentId").asLong();
        long pdf = listed.get(1).get("documentId").asLong();
        String publicImage = "/api/public/column-items/" + item.get("id").asLong() + "/files/" + image;
        String publicPdf = "/api/public/column-items/" + item.get("id").asLong() + "/files/" + pdf;

        assertThat(anonymous().get(publicImage).status()).isEqualTo(404);
        assertThat(drafter.download("/api/column-items/" + item.get("id").asLong() + "/files/" + image))
                .isEqualTo(png);
        item = ok(drafter.post(step(item, "submit"), Map.of()), 200);
        assertThat(drafter.upload(files + item.get("version").asLong(), "迟到.pdf", TestFiles.PDF)
                        .status())
                .isEqualTo(409);
        item = ok(org[1].post(step(item, "approve"), Map.of()), 200);
        assertThat(anonymous().get(publicPdf).status()).isEqualTo(404);
        item = ok(drafter.post(step(item, "publish"), Map.of()), 200);

        assertThat(anonymous().download(publicImage)).isEqualTo(png);
        Response inline = anonymous().get(publicImage);
        assertThat(inline.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("inline");
        assertThat(anonymous().download(publicPdf)).isEqualTo(TestFiles.PDF);
        assertThat(anonymous()
                        .get(publicPdf)
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElse(""))
                .startsWith("attachment");
        JsonNode shown = anonymous().get(COLUMN).json().get("items").get("content");
        assertThat(shown.findValuesAsString("name")).contains("林场.png", "实施方案.pdf");

        assertThat(drafter.delete("/api/column-items/" + item.get("id").asLong() + "?version="
                                + item.get("version").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(anonymous().get(publicImage).status()).isEqualTo(404);
    }
}
