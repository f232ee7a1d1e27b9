package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The answers of a title's later life (supervision, enforcement, annual reports, grading, rewards) and
 * of the public side (publicity, the portal), read on the demo data and found as the API description
 * says (ADR 0058): every required property present, null only where it allows it.
 */
class TitleLifeAnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

    /** The year the demo's annual reports and evaluations are of (Beijing's last year, as the demo counts it). */
    private static final int DEMO_YEAR =
            LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

    /** The titled areas of the demo with their programme. */
    private static final List<List<String>> TITLED = List.of(
            List.of("152527", "ECO_CIVILIZATION_ZONE"),
            List.of("152527", "TWO_MOUNTAINS_BASE"),
            List.of("520328", "TWO_MOUNTAINS_BASE"));

    @Autowired
    CheckOpeningJob opening;

    @Test
    void checksAndTheirSettingsAreAsDescribed() {
        // the test profile opens no check at start-up: open the demo titles' checks that fell due
        opening.runOnce();
        List<String> differences = new ArrayList<>();
        int checks = 0;
        for (String user : List.of("im.staff", "gz.staff", "xl.bureau")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/supervision-checks", "/api/supervision-checks?size=100", differences);
            checks += readEach(browser, page, "/api/supervision-checks/{id}", differences);
        }
        for (String user : List.of("im.staff", "gz.staff")) {
            read(login(user), "/api/supervision-settings", "/api/supervision-settings", differences);
        }
        assertThat(checks).as("the checks of 太仆寺旗 and 湄潭县").isGreaterThanOrEqualTo(2);
        // the check's scorecards included: the indicator module's records are marked since it migrated
        assertThat(differences).isEmpty();
    }

    @Test
    void proposalsAndRectificationListsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int proposals = 0;
        for (String user : List.of("im.staff", "gz.staff", "xl.bureau")) {
            Browser browser = login(user);
            JsonNode page =
                    read(browser, "/api/enforcement-proposals", "/api/enforcement-proposals?size=100", differences);
            proposals += readEach(browser, page, "/api/enforcement-proposals/{id}", differences);
        }
        for (String user : List.of("im.staff", "gz.staff", "tps.gov")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/rectifications", "/api/rectifications?size=100", differences);
            readEach(browser, page, "/api/rectifications/{id}", differences);
        }
        assertThat(proposals).as("proposals read").isPositive();
        // no count of rectifications: the demo's rectification of 太仆寺旗 was not there in the test
        // context (its proposal may come from the register watch's thread); the lists are checked
        assertThat(differences).isEmpty();
    }

    @Test
    void annualReportsTheirSettingsAndBeautifulInnerMongoliaAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int reports = 0;
        for (String user : List.of("im.staff", "xl.bureau", "gz.staff", "tps.gov")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/annual-reports", "/api/annual-reports?size=100", differences);
            reports += readEach(browser, page, "/api/annual-reports/{id}", differences);
        }
        for (String user : List.of("im.staff", "gz.staff")) {
            read(login(user), "/api/report-settings", "/api/report-settings", differences);
        }
        read(
                login("im.staff"),
                "/api/beautiful-im/overview",
                "/api/beautiful-im/overview?year=" + DEMO_YEAR,
                differences);
        Browser league = login("xl.gov");
        read(league, "/api/beautiful-im/sender", "/api/beautiful-im/sender", differences);
        read(league, "/api/beautiful-im/reports", "/api/beautiful-im/reports?year=" + DEMO_YEAR, differences);

        assertThat(reports).as("reports read").isGreaterThanOrEqualTo(4);
        assertThat(differences).isEmpty();
    }

    @Test
    void annualEvaluationsGradedAndUnderReviewAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser office = login("xl.committee");
        JsonNode year =
                read(office, "/api/annual-evaluations", "/api/annual-evaluations?year=" + DEMO_YEAR, differences);
        for (JsonNode row : year.path("evaluations").path("content")) {
            read(
                    office,
                    "/api/annual-evaluations/{dossierId}",
                    "/api/annual-evaluations/" + row.path("dossierId").asLong(),
                    differences);
        }
        for (String user : List.of("xlht.gov", "xl.bureau")) {
            read(
                    login(user),
                    "/api/annual-evaluations/applicability",
                    "/api/annual-evaluations/applicability",
                    differences);
        }
        assertThat(year.path("evaluations").path("content").size())
                .as("graded and under review")
                .isGreaterThanOrEqualTo(2);
        assertThat(differences).isEmpty();
    }

    @Test
    void rewardsListedOpenedAndByTitleAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int rewards = 0;
        for (String user : List.of("im.staff", "gz.staff")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/rewards", "/api/rewards?size=100", differences);
            rewards += readEach(browser, page, "/api/rewards/{id}", differences);
            for (JsonNode title : browser.get("/api/titles?size=100").json().path("content")) {
                read(
                        browser,
                        "/api/titles/{titleId}/rewards",
                        "/api/titles/" + title.path("id").asLong() + "/rewards",
                        differences);
            }
        }
        assertThat(rewards).as("one demo reward per province").isGreaterThanOrEqualTo(2);
        assertThat(differences).isEmpty();
    }

    @Test
    void noticesComplaintsAndTrackingAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int notices = 0;
        int complaints = 0;
        for (String user : List.of("im.staff", "zy.bureau")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/publicity/notices", "/api/publicity/notices?size=100", differences);
            notices += readEach(browser, page, "/api/publicity/notices/{id}", differences);
            page = read(browser, "/api/publicity/complaints", "/api/publicity/complaints?size=100", differences);
            complaints += readEach(browser, page, "/api/publicity/complaints/{id}", differences);
        }
        read(
                login("im.staff"),
                "/api/publicity/settings/{provinceCode}",
                "/api/publicity/settings/150000",
                differences);
        read(
                login("gz.staff"),
                "/api/publicity/settings/{provinceCode}",
                "/api/publicity/settings/520000",
                differences);
        Browser anyone = anonymous();
        JsonNode index = read(anyone, "/api/public/notices", "/api/public/notices?size=100", differences);
        readEach(anyone, index, "/api/public/notices/{id}", differences);
        for (String tracking :
                List.of("DEMOIMANONYMOUS1", "DEMOIMREALNAME01", "DEMOGZANONYMOUS1", "DEMOGZREALNAME01")) {
            read(anyone, "/api/public/complaints/{trackingNumber}", "/api/public/complaints/" + tracking, differences);
        }

        assertThat(notices).as("the two demo notices").isGreaterThanOrEqualTo(2);
        assertThat(complaints).as("the four demo complaints").isGreaterThanOrEqualTo(4);
        assertThat(differences).isEmpty();
    }

    @Test
    void thePublicProgressOfTheTitledAreasIsAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser anyone = anonymous();
        for (List<String> titled : TITLED) {
            read(
                    anyone,
                    "/api/public/progress/{regionCode}",
                    "/api/public/progress/" + titled.get(0) + "?programme=" + titled.get(1),
                    differences);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void thePortalThePublicColumnsAndADraftColumnItemAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser anyone = anonymous();
        read(anyone, "/api/public/portal", "/api/public/portal", differences);
        for (List<String> titled : TITLED) {
            read(
                    anyone,
                    "/api/public/columns/{region}/{programme}",
                    "/api/public/columns/" + titled.get(0) + "/" + titled.get(1),
                    differences);
        }
        Browser subject = login("tps.gov");
        Response drafted = subject.post(
                "/api/column-items",
                Map.of("programme", "ECO_CIVILIZATION_ZONE", "kind", "PROGRESS", "title", "描述核对用草稿", "body", "核对"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode own = read(
                subject,
                "/api/column-items",
                "/api/column-items?programme=ECO_CIVILIZATION_ZONE&size=100",
                differences);
        read(login("xl.bureau"), "/api/column-items/awaiting", "/api/column-items/awaiting?size=100", differences);

        assertThat(own.path("content").size()).isPositive();
        assertThat(differences).isEmpty();
    }
}
