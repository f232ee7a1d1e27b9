package cn.ecozone.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A league government files its own Beautiful Inner Mongolia written report (004 art. 41) on its page: it
 * sees its report of the year, the department sees it received and the others not yet sent, reminds those,
 * and the consolidation contains the league's text; another league cannot read it (404). Uses the current
 * year, which no other test reports on.
 */
@ApiTest
class BeautifulImLeagueReportIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void aLeagueSendsItsReportTheDepartmentRemindsTheOthersAndConsolidatesIt() throws Exception {
        int year = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear();
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser wuhai = steps.as(Role.PREFECTURE_GOVERNMENT, "150300");
        Browser baotou = steps.as(Role.PREFECTURE_GOVERNMENT, "150200");
        Browser department = steps.as(Role.PROVINCE_STAFF, "150000");

        // the league is a sender (the region register's leagues), a Guizhou prefecture government is not
        JsonNode sender = DossierTestSteps.ok(wuhai.get("/api/beautiful-im/sender"));
        assertThat(sender.get("sender").asBoolean()).isTrue();
        assertThat(sender.get("nameZh").asString()).isEqualTo("乌海市");
        assertThat(DossierTestSteps.ok(
                                steps.as(Role.PREFECTURE_GOVERNMENT, "520100").get("/api/beautiful-im/sender"))
                        .get("sender")
                        .asBoolean())
                .isFalse();

        // nothing sent yet: the league's page is empty
        assertThat(DossierTestSteps.ok(wuhai.get("/api/beautiful-im/reports?year=" + year)))
                .isEmpty();
        Response blank = wuhai.post("/api/beautiful-im/reports", Map.of("year", year, "text", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");

        String text = "乌海市" + year + "年度美丽内蒙古建设书面报告：乌海湖水质保持Ⅲ类。";
        Response sent = wuhai.post("/api/beautiful-im/reports", Map.of("year", year, "text", text));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long id = sent.json().get("id").asLong();
        assertThat(sent.json().get("senderCode").asString()).isEqualTo("150300");
        JsonNode own = DossierTestSteps.ok(wuhai.get("/api/beautiful-im/reports?year=" + year));
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("text").asString()).isEqualTo(text);
        assertThat(DossierTestSteps.ok(wuhai.get("/api/beautiful-im/reports/" + id))
                        .get("text")
                        .asString())
                .isEqualTo(text);

        // another league neither lists nor reads it
        assertThat(DossierTestSteps.ok(baotou.get("/api/beautiful-im/reports?year=" + year)))
                .isEmpty();
        assertThat(baotou.get("/api/beautiful-im/reports/" + id).status()).isEqualTo(404);
        // nor does another province's department: out of its scope, so not found rather than forbidden
        assertThat(steps.as(Role.PROVINCE_STAFF, "520000")
                        .get("/api/beautiful-im/reports/" + id)
                        .status())
                .isEqualTo(404);
        // a county government is no sender
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150302")
                        .get("/api/beautiful-im/reports?year=" + year)
                        .status())
                .isEqualTo(403);

        // the department sees it received, and Baotou not yet
        JsonNode overview = DossierTestSteps.ok(department.get("/api/beautiful-im/overview?year=" + year));
        assertThat(overview.get("received").toString()).contains("150300").doesNotContain("150200");
        assertThat(DossierTestSteps.ok(department.get("/api/beautiful-im/reports/" + id))
                        .get("senderName")
                        .asString())
                .isEqualTo("乌海市");

        // the reminder goes to the leagues that have not sent, once a day
        JsonNode reminded = DossierTestSteps.ok(department.post("/api/beautiful-im/reminders", Map.of("year", year)));
        assertThat(reminded.toString()).contains("150200").doesNotContain("150300");
        department.post("/api/beautiful-im/reminders", Map.of("year", year));
        JsonNode baotouBell = DossierTestSteps.ok(baotou.get("/api/notifications"));
        assertThat(baotouBell.get("items").toString()).contains("请报送" + year + "年度美丽内蒙古建设书面报告");
        assertThat(countTitled(baotouBell, year)).isEqualTo(1);
        assertThat(countTitled(DossierTestSteps.ok(wuhai.get("/api/notifications")), year))
                .isZero();
        // a league does not remind
        assertThat(wuhai.post("/api/beautiful-im/reminders", Map.of("year", year))
                        .status())
                .isEqualTo(403);

        Response made = department.post("/api/beautiful-im/consolidations", Map.of("year", year));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String base =
                "/api/beautiful-im/consolidations/" + made.json().get("id").asLong();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(department.download(base + "/docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(text, "乌海市");
        }
        assertThat(steps.as(Role.PROVINCE_STAFF, "520000").get(base + "/docx").status())
                .isEqualTo(404);
    }

    private static long countTitled(JsonNode page, int year) {
        String title = "请报送" + year + "年度美丽内蒙古建设书面报告";
        long n = 0;
        for (JsonNode item : page.get("items")) {
            if (title.equals(item.get("title").asString())) {
                n++;
            }
        }
        return n;
    }
}
