package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff's case list and the public library take the same statements at 10 cases as at 1,000: copies
 * of one published case of Xilingol county 152529, told apart by a marker in the title that {@code q}
 * finds.
 */
@ApiTest
class CaseListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theListsTakeTheSameStatementsAtTenAndAtAThousandCases() {
        CaseTestSteps steps = new CaseTestSteps(port, fixtures, jdbc);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "152529");
        JsonNode template = CaseTestSteps.draft(county, "清单模板", year);
        String marker = "案例清单" + System.nanoTime();
        copies(template.get("id").asLong(), marker, 10);
        Browser office = steps.as(Role.COMMITTEE_OFFICE, CaseTestSteps.XL_OFFICE);
        Browser anonymous = new Browser(port);
        String staffList = "/api/cases?size=5&q=" + marker;
        String publicList = "/api/public/cases?size=5&q=" + marker;

        JsonNode page = office.get(staffList).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isEqualTo("正镶白旗");
        assertThat(anonymous.get(publicList).json().get("totalElements").asLong())
                .isEqualTo(10);
        int staffAtTen = office.statements(staffList);
        int publicAtTen = anonymous.statements(publicList);
        String filtered = staffList + "&state=PUBLISHED&path=ECOLOGICAL_INDUSTRIALIZATION&sort=-year";
        assertThat(office.get(filtered).json().get("totalElements").asLong()).isEqualTo(10);
        int filteredAtTen = office.statements(filtered);

        copies(template.get("id").asLong(), marker, 990);
        assertThat(office.get(staffList).json().get("totalElements").asLong()).isEqualTo(1000);
        JsonNode full = anonymous.get(publicList).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the page and its count (and the staff's session user); region names from the cached tree
        assertThat(office.statements(staffList)).isEqualTo(staffAtTen).isLessThanOrEqualTo(3);
        assertThat(anonymous.statements(publicList)).isEqualTo(publicAtTen).isLessThanOrEqualTo(2);
        assertThat(office.get(filtered).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(office.statements(filtered)).isEqualTo(filteredAtTen).isEqualTo(staffAtTen);
    }

    private void copies(long template, String marker, int n) {
        java.sql.Timestamp published = java.sql.Timestamp.from(clock.instant());
        Clones.of(jdbc, "typical_case", template, n, (i, row) -> {
            row.put("title", marker + " " + i);
            row.put("state", "PUBLISHED");
            row.put("published_at", published);
        });
    }
}
