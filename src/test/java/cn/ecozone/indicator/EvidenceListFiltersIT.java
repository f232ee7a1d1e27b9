package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A value's evidence list searches the file's and the uploading organization's names, filters by type
 * and by removal, and sorts by name, organization, upload time and type (issue 14 §6); a sort key or a
 * type it does not know is a 400 naming the parameter. Three files of 印江县 (520625), 2023, where no
 * other test attaches evidence: a report, a photo (removed) and an acceptance record, a minute apart.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceListFiltersIT {

    private static final String VALUE = "/api/indicator-values/" + IndicatorEvaluationIT.GUIZHOU + "/520625/2023/GZ-02";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    private Browser county;

    @BeforeAll
    void threeFilesOneRemoved() {
        county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "520625"));
        assertThat(county.put(VALUE, Map.of("value", 96.0)).status()).isEqualTo(200);
        attach("B 水质监测报告.pdf", TestFiles.PDF);
        long photo = attach("C 现场照片.png", TestFiles.image("png", 40, 30));
        attach("A 工程验收记录.pdf", TestFiles.PDF);
        Response removed = county.post(VALUE + "/evidence/" + photo + "/removal", Map.of("reason", "照片不清楚"));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    }

    private long attach(String name, byte[] content) {
        clock.advance(Duration.ofMinutes(1));
        Response attached = county.upload(VALUE + "/evidence", name, content);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        return attached.json().get("id").asLong();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<String> names(String query) {
        Response listed = county.get(VALUE + "/evidence" + query);
        assertThat(listed.status()).as(query + ": " + listed).isEqualTo(200);
        return listed.json()
                .get("content")
                .valueStream()
                .map(e -> e.get("name").asString())
                .toList();
    }

    @Test
    void withoutFiltersEveryFileIsListedOldestFirst() {
        assertThat(names("")).containsExactly("B 水质监测报告.pdf", "C 现场照片.png", "A 工程验收记录.pdf");
    }

    @Test
    void theSearchFindsAFileByPartOfItsNameOrOfItsUploadersName() {
        assertThat(names("?q=" + enc("照片"))).containsExactly("C 现场照片.png");
        assertThat(names("?q=" + enc("记录"))).containsExactly("A 工程验收记录.pdf");
        assertThat(names("?q=" + enc("测试机构"))).hasSize(3);
        assertThat(names("?q=" + enc("没有这个文件"))).isEmpty();
        assertThat(names("?q=%25")).as("a % in the search is a literal %").isEmpty();
    }

    @Test
    void theTypeAndRemovalFiltersNarrowTheListAndItsCountButNotTheLinkedCount() {
        assertThat(names("?type=PDF")).containsExactly("B 水质监测报告.pdf", "A 工程验收记录.pdf");
        assertThat(names("?type=png")).containsExactly("C 现场照片.png");
        assertThat(names("?removed=true")).containsExactly("C 现场照片.png");
        assertThat(names("?removed=false&type=PDF&q=" + enc("报告"))).containsExactly("B 水质监测报告.pdf");

        JsonNode page = county.get(VALUE + "/evidence?type=PDF").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("linked").asLong())
                .as("the button counts every linked file")
                .isEqualTo(2);
        assertThat(county.get(VALUE + "/evidence?removed=true")
                        .json()
                        .get("linked")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void theListSortsByNameTypeAndUploadTimeEitherWay() {
        assertThat(names("?sort=name")).containsExactly("A 工程验收记录.pdf", "B 水质监测报告.pdf", "C 现场照片.png");
        assertThat(names("?sort=-name")).containsExactly("C 现场照片.png", "B 水质监测报告.pdf", "A 工程验收记录.pdf");
        assertThat(names("?sort=-uploaded")).containsExactly("A 工程验收记录.pdf", "C 现场照片.png", "B 水质监测报告.pdf");
        assertThat(names("?sort=-type")).startsWith("C 现场照片.png");
        assertThat(names("?sort=organization"))
                .as("one organization: the upload order breaks the tie")
                .containsExactly("B 水质监测报告.pdf", "C 现场照片.png", "A 工程验收记录.pdf");
        assertThat(names("?sort=name&size=2&page=1")).containsExactly("C 现场照片.png");
    }

    @Test
    void anUnknownSortKeyOrTypeIsA400NamingTheParameter() {
        Response badSort = county.get(VALUE + "/evidence?sort=sha256");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        Response badType = county.get(VALUE + "/evidence?type=DOCX");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(badType.json().get("detail").asString()).contains("PDF");
    }
}
