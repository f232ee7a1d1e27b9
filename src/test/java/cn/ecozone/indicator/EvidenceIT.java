package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Evidence files on values: checked by content, stored with SHA-256, nothing kept on failure. */
@ApiTest
class EvidenceIT {

    private static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    private static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private static String base(String region, int year, String indicator) {
        return "/api/indicator-values/" + EDITION + "/" + region + "/" + year + "/" + indicator;
    }

    private Browser county(String region, int year, String indicator) {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
        assertThat(county.put(base(region, year, indicator), Map.of("value", 97.0))
                        .status())
                .isEqualTo(200);
        return county;
    }

    @Test
    void attachesAPdfWithItsSha256AndServesItBack() throws Exception {
        Browser county = county("520325", 2024, "GZ-02"); // 道真县
        Response attached = county.upload(base("520325", 2024, "GZ-02") + "/evidence", "水质报告.pdf", PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(attached.json().get("sha256").asString()).isEqualTo(sha);
        assertThat(attached.json().get("type").asString()).isEqualTo("PDF");
        assertThat(attached.json().get("name").asString()).isEqualTo("水质报告.pdf");

        assertThat(county.get(base("520325", 2024, "GZ-02") + "/evidence")
                        .json()
                        .get("content"))
                .hasSize(1);
        long id = attached.json().get("id").asLong();
        assertThat(county.download(base("520325", 2024, "GZ-02") + "/evidence/" + id))
                .isEqualTo(PDF);
    }

    @Test
    void refusesAFileWhoseContentIsNotPdfOrImageWhateverItsNameAndKeepsNothing() {
        Browser county = county("520326", 2024, "GZ-02"); // 务川县
        int documentsBefore = jdbc.queryForObject("select count(*) from document", Integer.class);
        Response refused = county.upload(
                base("520326", 2024, "GZ-02") + "/evidence", "伪装.pdf", "这不是PDF，只是文本".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("unsupported-type");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class))
                .isEqualTo(documentsBefore);
        assertThat(county.get(base("520326", 2024, "GZ-02") + "/evidence")
                        .json()
                        .get("content"))
                .isEmpty();
    }

    @Test
    void evidenceNeedsAValueAndFollowsTheSameRulesAsTheValue() {
        Browser county = county("520327", 2024, "GZ-02"); // 凤冈县
        assertThat(county.upload(base("520327", 2024, "GZ-20") + "/evidence", "a.pdf", PDF)
                        .status())
                .isEqualTo(404);

        Browser sibling = new Browser(port);
        sibling.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520328"), Fixtures.PASSWORD);
        assertThat(sibling.get(base("520327", 2024, "GZ-02") + "/evidence").status())
                .isEqualTo(404);
        assertThat(sibling.upload(base("520327", 2024, "GZ-02") + "/evidence", "a.pdf", PDF)
                        .status())
                .isEqualTo(404);

        cn.ecozone.support.MissingValues.submit(
                county, "/api/indicator-submissions/" + EDITION + "/520327/2024/SUBMIT");
        assertThat(county.upload(base("520327", 2024, "GZ-02") + "/evidence", "a.pdf", PDF)
                        .status())
                .isEqualTo(409);
    }
}
