package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A register list's date filters: a range ending before it starts, or a date no record can hold, is a 400 naming the field. */
@ApiTest
class RegisterFilterIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aRangeThatEndsBeforeItStartsIsA400NamingTheEndNotAnEmptyList() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));

        Response reversed = province.get("/api/registers?from=2025-06-01&to=2025-01-01");

        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(400);
        assertThat(reversed.json().toString()).contains("\"to\"", "2025-01-01");
    }

    @Test
    void aDateNoRecordCanHoldIsA400NamingTheField() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));

        Response tooEarly = province.get("/api/registers?from=1800-01-01");
        Response export = province.get("/api/registers/export?kind=INCIDENT&to=1899-12-31");

        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(400);
        assertThat(tooEarly.json().toString()).contains("\"from\"", "1900-01-01");
        assertThat(export.status()).as(export.toString()).isEqualTo(400);
        assertThat(province.get("/api/registers?from=2025-01-01&to=2025-01-01").status())
                .isEqualTo(200);
    }
}
