package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The scorecard, the ranking and a league's summary (汇总表) as workbooks (issue 14 §5), and a county
 * without data ranked as 无数据 rather than 0 (§8). An Inner Mongolia county edition is published
 * here (none is shipped); 牙克石市 (150782, 呼伦贝尔市 150700) holds values of it, the league's other
 * counties none; 杭锦后旗 (150826, 巴彦淖尔市 150800) is another league's.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationExportIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String COUNTY = "150782";
    private static final String LEAGUE = "150700";
    private static final String OTHER_COUNTY = "150826";
    private static final String OTHER_LEAGUE = "150800";
    private static final int YEAR = 2025;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EvaluationExportManagement exports;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    cn.ecozone.region.RegionManagement regions;

    private String edition;
    private Browser county;
    private Browser league;

    @BeforeAll
    void publishACountyEditionAndEnterValues() {
        edition = "T-EXP-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        Map<String, Object> header = new java.util.LinkedHashMap<>(EditionEditorIT.header(edition));
        header.put("province", "150000");
        header.put("titleZh", "测试旗县指标体系");
        Response created = province.post("/api/indicator-drafts", Map.of("header", header));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().get("version").asLong();
        for (String code : List.of("X-01", "X-02")) {
            Response added = province.put(
                    "/api/indicator-drafts/" + edition + "/indicators/" + code,
                    Map.of(
                            "indicator",
                            EditionEditorIT.indicator(code, Map.of("kind", "AT_LEAST", "value", 60)),
                            "version",
                            version));
            assertThat(added.status()).as(added.toString()).isEqualTo(200);
            version = added.json().get("version").asLong();
        }
        Response published = province.post("/api/indicator-drafts/" + edition + "/publish", Map.of("version", version));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY), Fixtures.PASSWORD);
        enter(county, "X-01", 65.0);
        enter(county, "X-02", 40.0);
        league = new Browser(port);
        league.login(fixtures.user(Role.PREFECTURE_STAFF, LEAGUE), Fixtures.PASSWORD);
    }

    private void enter(Browser browser, String indicator, double value) {
        String path = "/api/indicator-values/" + edition + "/" + COUNTY + "/" + YEAR + "/" + indicator;
        Response saved = browser.put(path, Map.of("value", value));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    @Test
    void countiesWithoutValuesAreListedLastAsNoDataWithoutARank() {
        JsonNode ranked = league.get(ranking(LEAGUE)).json();

        assertThat(ranked.size()).isGreaterThan(1);
        JsonNode first = ranked.get(0);
        assertThat(first.get("regionCode").asString()).isEqualTo(COUNTY);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("noData").asBoolean()).isFalse();
        assertThat(first.get("score").asDouble()).isEqualTo(50.0);
        for (int i = 1; i < ranked.size(); i++) {
            JsonNode other = ranked.get(i);
            assertThat(other.get("noData").asBoolean()).as(other.toString()).isTrue();
            assertThat(other.get("rank").isNull()).as(other.toString()).isTrue();
            assertThat(other.get("score").isNull()).as(other.toString()).isTrue();
        }
    }

    @Test
    void theScorecardWorkbookListsEachIndicatorAndSaysWhatWasExportedByWhomAndWhen() throws IOException {
        Response answer =
                county.get("/api/evaluations/export?edition=" + edition + "&region=" + COUNTY + "&year=" + YEAR);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).contains("spreadsheetml");

        try (Workbook book = open(county.download(
                "/api/evaluations/export?edition=" + edition + "&region=" + COUNTY + "&year=" + YEAR))) {
            List<List<String>> rows = rows(book.getSheet("指标评估"));
            assertThat(rows.getFirst()).startsWith("序号", "指标", "类型");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).contains("森林覆盖率", "约束性", "65", "%", "达标");
            assertThat(rows.get(2)).contains("40", "未达标");
            String about = String.join("\n", column(book.getSheet("说明")));
            assertThat(about).contains("测试旗县指标体系", edition, "牙克石市", "2025年", "导出人：", "导出时间：", "达标 1 / 适用 2");
        }
        // every bulk read is audited with its filters (review s15 #2)
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where target = 'Scorecard:export' and reason = ?",
                        String.class,
                        "edition=" + edition + "; region=" + COUNTY + "; year=" + YEAR))
                .isNotEmpty();
    }

    @Test
    void theRankingWorkbookListsTheLeaguesCountiesWithThoseWithoutDataAsNoData() throws IOException {
        try (Workbook book = open(league.download(
                "/api/evaluations/ranking/export?edition=" + edition + "&parent=" + LEAGUE + "&year=" + YEAR))) {
            List<List<String>> rows = rows(book.getSheet("排名"));
            assertThat(rows.get(1)).startsWith("1", COUNTY, "牙克石市");
            assertThat(rows.subList(2, rows.size()))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getFirst()).isEqualTo("无数据"));
            assertThat(String.join("\n", column(book.getSheet("说明")))).contains("呼伦贝尔市");
        }
    }

    @Test
    void theLeagueSummaryHoldsEveryCountysValuesAndResultsInOneWorkbook() throws IOException {
        try (Workbook book = open(league.download(summary(LEAGUE)))) {
            List<List<String>> values = rows(book.getSheet("数值"));
            assertThat(values.getFirst()).startsWith("行政区划代码", "行政区划名称");
            assertThat(values.getFirst()).anySatisfy(h -> assertThat(h).contains("森林覆盖率（%）"));
            List<String> own = values.stream()
                    .filter(r -> r.getFirst().equals(COUNTY))
                    .findFirst()
                    .orElseThrow();
            assertThat(own).containsSubsequence(COUNTY, "牙克石市", "65", "40");
            assertThat(values).hasSizeGreaterThan(2);

            List<List<String>> results = rows(book.getSheet("评估结果"));
            assertThat(results.get(1)).startsWith(COUNTY, "牙克石市", "1", "2", "1 / 2", "50", "1");
            assertThat(results.subList(2, results.size()))
                    .allSatisfy(r -> assertThat(r).contains("无数据"));
            assertThat(String.join("\n", column(book.getSheet("说明")))).contains("测试旗县指标体系", "呼伦贝尔市", "2025年", "导出人：");
        }
    }

    @Test
    void theSummaryIsReadInTheSameNumberOfStatementsWhateverTheNumberOfCounties() {
        cn.ecozone.shared.Actor province = new cn.ecozone.shared.Actor(
                9_999_002L, "summary.test", "测试", Role.PROVINCE_STAFF, 1L, "测试机构", "150000", "/150000/", false);
        // the edition and both levels' averages cached (counties of a league, leagues of the region)
        statements(province, LEAGUE);
        statements(province, "150000");

        int fewer = statements(province, OTHER_LEAGUE);
        int more = statements(province, LEAGUE);
        int leagues = statements(province, "150000");

        assertThat(regions.children(LEAGUE).size())
                .isNotEqualTo(regions.children(OTHER_LEAGUE).size());
        // the ranking's read of the children's values and the summary's own read of them, and the audit
        // record of the export (the chain's last record read and the new one written)
        assertThat(more).isEqualTo(fewer).isEqualTo(leagues).isLessThanOrEqualTo(5);
    }

    private int statements(cn.ecozone.shared.Actor actor, String parent) {
        return CountingStatements.during(() -> {
            try {
                exports.summary(edition, parent, YEAR, actor, java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anotherLeaguesCountyCannotExportThisLeaguesSummaryOrACountysScorecard() {
        Browser other = new Browser(port);
        other.login(fixtures.user(Role.COUNTY_GOVERNMENT, OTHER_COUNTY), Fixtures.PASSWORD);

        assertThat(other.get(summary(LEAGUE)).status()).isEqualTo(404);
        assertThat(other.get("/api/evaluations/ranking/export?edition=" + edition + "&parent=" + LEAGUE + "&year="
                                + YEAR)
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/api/evaluations/export?edition=" + edition + "&region=" + COUNTY + "&year=" + YEAR)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aYearOutsideTheEditionIsRefusedNamingTheYear() {
        Response refused =
                league.get("/api/evaluations/summary/export?edition=" + edition + "&parent=" + LEAGUE + "&year=2019");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("year");
    }

    private String ranking(String parent) {
        return "/api/evaluations/ranking?edition=" + edition + "&parent=" + parent + "&year=" + YEAR;
    }

    private String summary(String parent) {
        return "/api/evaluations/summary/export?edition=" + edition + "&parent=" + parent + "&year=" + YEAR;
    }

    private static Workbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<List<String>> rows(Sheet sheet) {
        assertThat(sheet).isNotNull();
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> column(Sheet sheet) {
        return rows(sheet).stream().map(List::getFirst).toList();
    }
}
