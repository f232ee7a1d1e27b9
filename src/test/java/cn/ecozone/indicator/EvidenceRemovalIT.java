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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §2: evidence can be removed before submission, with a reason, by the organization that
 * uploaded it; the file is kept for the audit and the link is marked removed.
 */
@ApiTest
class EvidenceRemovalIT {

    private static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    private static String value(String edition, String region) {
        return "/api/indicator-values/" + edition + "/" + region + "/2025/M-01";
    }

    @Test
    void theUploadingOrganizationRemovesEvidenceWithAReasonAndTheFileIsKept() {
        String edition = MissingValueReasonsIT.threeIndicatorEdition(as(Role.PROVINCE_STAFF, "520000"));
        String county = "150902"; // 集宁区
        Browser clerk = as(Role.COUNTY_GOVERNMENT, county);
        assertThat(clerk.put(value(edition, county), Map.of("value", 70)).status())
                .isEqualTo(200);
        Response attached = clerk.upload(value(edition, county) + "/evidence", "监测报告.pdf", PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        long id = attached.json().get("id").asLong();
        String removal = value(edition, county) + "/evidence/" + id + "/removal";

        Browser otherOrganization = as(Role.COUNTY_GOVERNMENT, county);
        Response notTheirs = otherOrganization.post(removal, Map.of("reason", "不是我们上传的"));
        assertThat(notTheirs.status()).isEqualTo(403);

        Response blank = clerk.post(removal, Map.of("reason", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Response removed = clerk.post(removal, Map.of("reason", "上传错了文件"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().get("removedReason").asString()).isEqualTo("上传错了文件");
        assertThat(removed.json().get("removedByOrganization").asString()).startsWith("测试机构");

        JsonNode page = clerk.get(value(edition, county) + "/evidence").json();
        assertThat(page.get("totalElements").asLong())
                .as("the removed file stays listed")
                .isEqualTo(1);
        assertThat(page.get("linked").asLong())
                .as("but is no longer counted as evidence")
                .isZero();
        JsonNode listed = page.get("content");
        assertThat(listed).singleElement().satisfies(e -> {
            assertThat(e.get("removedAt").isNull()).isFalse();
            assertThat(e.get("uploadedByOrganization").asString()).startsWith("测试机构");
        });
        assertThat(clerk.download(value(edition, county) + "/evidence/" + id))
                .as("the file is kept for the audit")
                .isEqualTo(PDF);
        assertThat(clerk.post(removal, Map.of("reason", "再删一次")).status()).isEqualTo(409);
    }

    @Test
    void afterSubmissionEvidenceCannotBeRemoved() {
        String edition = MissingValueReasonsIT.threeIndicatorEdition(as(Role.PROVINCE_STAFF, "520000"));
        String county = "150926"; // 察哈尔右翼前旗
        Browser clerk = as(Role.COUNTY_GOVERNMENT, county);
        clerk.put(value(edition, county), Map.of("value", 70));
        long id = clerk.upload(value(edition, county) + "/evidence", "监测报告.pdf", PDF)
                .json()
                .get("id")
                .asLong();
        Response submitted = clerk.post(
                "/api/indicator-submissions/" + edition + "/" + county + "/2025/SUBMIT",
                Map.of(
                        "missingReasons",
                        List.of(
                                Map.of("indicator", "M-02", "reason", "尚未监测"),
                                Map.of("indicator", "M-03", "reason", "尚未监测"))));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        Response refused =
                clerk.post(value(edition, county) + "/evidence/" + id + "/removal", Map.of("reason", "上传错了文件"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("已上报");
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator_evidence where id = ? and removed_at is null",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }
}
