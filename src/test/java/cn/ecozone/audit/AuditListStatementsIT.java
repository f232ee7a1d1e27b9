package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit record list takes the same number of SQL statements for a page of 200 of 1,000 records as
 * for a page of 5 of 10 (issue 10: no query per row), with the free-text search as without it. The records are appended through the chain, as the application
 * appends them, so that the chain stays intact for the other tests.
 */
@ApiTest
class AuditListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Test
    void aPageOfTwoHundredOfAThousandRecordsTakesTheStatementsOfAPageOfFiveOfTen() {
        String user = "al" + UUID.randomUUID().toString().substring(0, 8);
        Browser auditor = Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
        String list = "/api/audit/records?username=" + user;

        append(user, 0, 10);
        // a page of 5 of 10, so that the count runs as it does for the full page below
        JsonNode page = auditor.get(list + "&size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("target").asString()).isEqualTo("t9");
        assertThat(item.get("changes").get(0).get("field").asString()).isEqualTo("name");
        int atTen = auditor.statements(list + "&size=5");
        // the free text is a condition of the same statements (issue 14 §6)
        String searched = list + "&q=测试机构";
        int searchedAtTen = auditor.statements(searched + "&size=5");

        append(user, 10, 990);
        JsonNode full = auditor.get(list + "&size=200&page=2").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(200);
        // the page, its count, and the request's own
        assertThat(auditor.statements(list + "&size=200&page=2"))
                .isEqualTo(atTen)
                .isEqualTo(3);
        assertThat(auditor.get(searched + "&size=5").json().get("totalElements").asLong())
                .isEqualTo(1000);
        assertThat(auditor.statements(searched + "&size=200&page=2"))
                .isEqualTo(searchedAtTen)
                .isEqualTo(3);
    }

    private void append(String user, int from, int n) {
        for (int i = from; i < from + n; i++) {
            auditLog.append(
                    new Draft(
                            user,
                            "COUNTY_GOVERNMENT",
                            "测试机构",
                            "150921",
                            "TEST",
                            "t" + i,
                            Outcome.SUCCESS,
                            200,
                            null,
                            null),
                    List.of(new FieldChange("name", "a", "b")));
        }
    }
}
