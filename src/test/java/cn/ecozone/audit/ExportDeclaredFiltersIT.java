package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An export's audit record names the filters the endpoint declares, and nothing else the request
 * carries (review s16 #6): a junk parameter of 1,000 characters neither appears in the record nor
 * pushes the real filters out of its 1,000-character reason.
 */
@ApiTest
class ExportDeclaredFiltersIT {

    private static final String JUNK = "a" + "j".repeat(999);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/key-projects/export", "/api/rewards/export", "/api/candidacies/export"})
    void aJunkParameterIsNotRecordedAndTheDeclaredFiltersAre(String path) {
        String username = fixtures.user(Role.PROVINCE_STAFF, "150000");

        Response exported =
                Browser.loggedIn(port, username).get(path + "?a=" + JUNK + "&q=declared-q&region=152500&year=2031");

        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and request_path = ?",
                        String.class,
                        username,
                        path))
                .singleElement()
                .satisfies(reason -> assertThat(reason)
                        .contains("q=declared-q", "region=152500")
                        .doesNotContain("jjjj")
                        .doesNotContain("a="));
    }
}
