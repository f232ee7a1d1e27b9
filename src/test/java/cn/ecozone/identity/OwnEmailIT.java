package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every user sets the address its deadline reminders are mailed to. */
@ApiTest
class OwnEmailIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserManagement users;

    @Test
    void aUserSetsChecksAndClearsItsOwnReminderAddressWhichTheRemindersThenUse() {
        Browser county = new Browser(port);
        county.login(fixtures.newUser(Role.COUNTY_GOVERNMENT, "152527"), Fixtures.PASSWORD);

        assertThat(county.put("/api/auth/email", Map.of("email", "不是邮箱")).status())
                .isEqualTo(400);
        assertThat(county.get("/api/auth/email").json().get("email").isNull()).isTrue();

        assertThat(county.put("/api/auth/email", Map.of("email", " hb@example.org "))
                        .json()
                        .get("email")
                        .asString())
                .isEqualTo("hb@example.org");
        assertThat(users.holders(Role.COUNTY_GOVERNMENT, "152527")).anyMatch(c -> "hb@example.org".equals(c.email()));

        assertThat(county.put("/api/auth/email", Map.of("email", ""))
                        .json()
                        .get("email")
                        .isNull())
                .isTrue();
    }
}
