package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §2: the entry page's 已填 x / y, and a submission with applicable indicators left without a
 * value needs a reason for each (DHIS2's "missing values require a comment"), which the approver reads.
 */
@ApiTest
class MissingValueReasonsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    /** Publishes a national county edition with three indicators M-01, M-02, M-03 and returns its code. */
    static String threeIndicatorEdition(Browser province) {
        String code = "T-MISS-" + System.nanoTime() % 1_000_000;
        long version = province.post("/api/indicator-drafts", Map.of("header", EditionEditorIT.header(code)))
                .json()
                .get("version")
                .asLong();
        for (String indicator : List.of("M-01", "M-02", "M-03")) {
            Response added = province.put(
                    "/api/indicator-drafts/" + code + "/indicators/" + indicator,
                    Map.of(
                            "indicator",
                            EditionEditorIT.indicator(indicator, Map.of("kind", "AT_LEAST", "value", 60)),
                            "version",
                            version));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            version = added.json().get("version").asLong();
        }
        assertThat(province.post("/api/indicator-drafts/" + code + "/publish", Map.of("version", version))
                        .status())
                .isEqualTo(200);
        return code;
    }

    private Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    private static JsonNode year(Browser browser, String edition, String region) {
        return browser.get("/api/indicator-values?edition=" + edition + "&region=" + region + "&year=2025")
                .json();
    }

    private static String submit(String edition, String region) {
        return "/api/indicator-submissions/" + edition + "/" + region + "/2025/SUBMIT";
    }

    @Test
    void aSubmissionWithTwoMissingIndicatorsIsRefusedNamingBothUntilEachHasAReasonThatTheApproverReads() {
        String edition = threeIndicatorEdition(as(Role.PROVINCE_STAFF, "520000"));
        String county = "150902"; // 集宁区, Ulanqab
        Browser clerk = as(Role.COUNTY_GOVERNMENT, county);
        assertThat(clerk.put(
                                "/api/indicator-values/" + edition + "/" + county + "/2025/M-02",
                                Map.of("value", 65, "source", "统计年鉴"))
                        .status())
                .isEqualTo(200);

        JsonNode open = year(clerk, edition, county);
        assertThat(open.get("completeness").get("filled").asInt()).isEqualTo(1);
        assertThat(open.get("completeness").get("applicable").asInt()).isEqualTo(3);
        assertThat(open.get("missing")).extracting(JsonNode::asString).containsExactly("M-01", "M-03");

        Response unexplained = clerk.post(submit(edition, county), Map.of());
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("errors").get(0).get("field").asString())
                .isEqualTo("missingReasons");
        assertThat(unexplained.json().get("detail").asString()).contains("M-01", "M-03");

        Response oneOfTwo = clerk.post(
                submit(edition, county),
                Map.of("missingReasons", List.of(Map.of("indicator", "M-01", "reason", "统计部门尚未发布"))));
        assertThat(oneOfTwo.status()).isEqualTo(400);
        assertThat(oneOfTwo.json().get("detail").asString()).contains("M-03").doesNotContain("M-01");
        assertThat(year(clerk, edition, county).get("state").asString())
                .as("a refused submission changes nothing")
                .isEqualTo("OPEN");

        Response submitted = clerk.post(
                submit(edition, county),
                Map.of(
                        "missingReasons",
                        List.of(
                                Map.of("indicator", "M-03", "reason", "本年度未开展监测"),
                                Map.of("indicator", "M-01", "reason", "统计部门尚未发布"),
                                Map.of("indicator", "M-02", "reason", "已填报，不应保存"))));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");

        JsonNode seen = year(as(Role.PREFECTURE_STAFF, "150900"), edition, county);
        assertThat(seen.get("completeness").get("filled").asInt()).isEqualTo(1);
        assertThat(seen.get("missingReasons"))
                .extracting(r ->
                        r.get("indicator").asString() + ":" + r.get("reason").asString())
                .containsExactly("M-01:统计部门尚未发布", "M-03:本年度未开展监测");
    }

    @Test
    void aBlankOrOverlongReasonIsRefusedNamingTheField() {
        String edition = threeIndicatorEdition(as(Role.PROVINCE_STAFF, "520000"));
        String county = "150926"; // 察哈尔右翼前旗
        Browser clerk = as(Role.COUNTY_GOVERNMENT, county);
        clerk.put("/api/indicator-values/" + edition + "/" + county + "/2025/M-01", Map.of("value", 70));

        Response blank = clerk.post(
                submit(edition, county),
                Map.of(
                        "missingReasons",
                        List.of(
                                Map.of("indicator", "M-02", "reason", "  "),
                                Map.of("indicator", "M-03", "reason", "x".repeat(501)))));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .contains("missingReasons[0].reason", "missingReasons[1].reason");
        assertThat(year(clerk, edition, county).get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aCompleteYearIsSubmittedWithoutReasons() {
        String edition = threeIndicatorEdition(as(Role.PROVINCE_STAFF, "520000"));
        String county = "150926";
        Browser clerk = as(Role.COUNTY_GOVERNMENT, county);
        for (String indicator : List.of("M-01", "M-02", "M-03")) {
            clerk.put("/api/indicator-values/" + edition + "/" + county + "/2025/" + indicator, Map.of("value", 61));
        }
        JsonNode full = year(clerk, edition, county);
        assertThat(full.get("completeness").get("filled").asInt()).isEqualTo(3);
        assertThat(full.get("missing")).isEmpty();

        Response submitted = clerk.post(submit(edition, county), Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("missingReasons")).isEmpty();
        assertThat(submitted.json().get("values"))
                .as("each value names the organization that entered it, not the username")
                .allSatisfy(v -> assertThat(v.get("enteredByOrganization").asString())
                        .startsWith("测试机构")
                        .isNotEqualTo(v.get("enteredBy").asString()));
    }
}
