package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The list of application rounds searches title and call document, filters by programme, opening year
 * and whether open today, sorts by a whitelisted key, pages, and exports what it shows, audited (issue
 * 14 §5/§6). Three copies of an Inner Mongolia round told apart by a marker in the title; the one open
 * today names a regulation that does not exist, so that no dossier of another test is created in it.
 */
@ApiTest
class RoundListFiltersIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersSortsPagesAndExportsWhatItShowsInTheProvinceOnly() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        LocalDate today = LocalDate.now(DossierTestSteps.BEIJING);
        long template =
                steps.openRound("ECO_CIVILIZATION_ZONE", today).get("id").asLong();
        // closed again at once, so that no later test finds an Inner Mongolia round open that it did not open
        jdbc.update("update application_round set closes_on = opens_on where id = ?", template);
        String marker = "批次筛选" + System.nanoTime();
        String call = "通知" + System.nanoTime();
        copies(template, marker, call, today);
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, user);

        assertThat(titles(province, "q=" + marker + "&sort=title"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(titles(province, "q=" + marker + "&sort=-title"))
                .containsExactly(marker + " C", marker + " B", marker + " A");
        assertThat(titles(province, "q=" + marker + "&sort=opens"))
                .containsExactly(marker + " C", marker + " A", marker + " B");
        assertThat(titles(province, "q=" + marker + "&programme=TWO_MOUNTAINS_BASE"))
                .containsExactly(marker + " B");
        assertThat(titles(province, "q=" + marker + "&year=2031")).containsExactly(marker + " A");
        assertThat(titles(province, "q=" + marker + "&open=true")).containsExactly(marker + " C");
        assertThat(titles(province, "q=" + marker + "&open=false&sort=title"))
                .containsExactly(marker + " A", marker + " B");
        assertThat(titles(province, "q=" + call))
                .as("the call document is searched")
                .containsExactly(marker + " C");

        JsonNode second = province.get("/api/application-rounds?q=" + marker + "&sort=title&size=2&page=1")
                .json();
        assertThat(second.get("totalElements").asLong()).isEqualTo(3);
        assertThat(second.get("content")).hasSize(1);
        assertThat(second.get("content").get(0).get("title").asString()).isEqualTo(marker + " C");

        Response bad = province.get("/api/application-rounds?sort=jurisdiction_code");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response badYear = province.get("/api/application-rounds?year=99999");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");

        ListExports.Exported exported = ListExports.download(
                province, "/api/application-rounds/export?q=" + marker + "&open=false&sort=-title", "申报批次");
        assertThat(exported.column("批次名称")).containsExactly(marker + " B", marker + " A");
        assertThat(exported.column("创建类型")).containsExactly("“两山”实践创新基地", "生态文明建设示范区");
        assertThat(exported.column("开始日期")).containsExactly("2032-03-01", "2031-03-01");
        assertThat(exported.column("状态")).containsOnly("未在申报期");
        assertThat(exported.about()).anyMatch(line -> line.startsWith("申报批次数：2"));
        ListExports.audited(jdbc, user, "Round:export", "q=" + marker, "open=false", "sort=-title");

        // another province's staff sees none of them, in the list or the export
        Browser guizhou = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"));
        assertThat(titles(guizhou, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(guizhou, "/api/application-rounds/export?q=" + marker, "申报批次")
                        .rows())
                .isEmpty();
    }

    /**
     * A (eco-civ zone, 2031, closed), B (Two Mountains base, 2032, closed), C (eco-civ zone, open today
     * under a regulation that does not exist, its call document {@code call}).
     */
    private void copies(long template, String marker, String call, LocalDate today) {
        Clones.of(jdbc, "application_round", template, 3, (i, row) -> {
            row.put("title", marker + " " + "ABC".charAt(i));
            switch (i) {
                case 0 -> {
                    row.put("opens_on", Date.valueOf(LocalDate.of(2031, 3, 1)));
                    row.put("closes_on", Date.valueOf(LocalDate.of(2031, 4, 1)));
                }
                case 1 -> {
                    row.put("programme", "TWO_MOUNTAINS_BASE");
                    row.put("opens_on", Date.valueOf(LocalDate.of(2032, 3, 1)));
                    row.put("closes_on", Date.valueOf(LocalDate.of(2032, 3, 31)));
                }
                default -> {
                    row.put("regulation_code", "LIST-TEST");
                    row.put("opens_on", Date.valueOf(today.minusDays(1)));
                    row.put("closes_on", Date.valueOf(today.plusDays(30)));
                    row.put("call_document", call);
                }
            }
        });
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/application-rounds?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        r.json().get("content").forEach(d -> titles.add(d.get("title").asString()));
        return titles;
    }
}
