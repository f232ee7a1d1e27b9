package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit and procedure modules' answers as the API description says (ADR 0058): the audit log,
 * searched and not, and its verification, read by the audit administrator; the inboxes of five users
 * and the runs behind their tasks, on the demo data.
 */
class AuditAndInboxAnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

    @Test
    void inboxesAndTheirRunsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int tasks = 0;
        for (String user : List.of("im.staff", "xl.bureau", "xlht.gov", "gz.staff", "zy.gov")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/procedures/inbox", "/api/procedures/inbox?size=100", differences);
            read(browser, "/api/procedures/inbox", "/api/procedures/inbox?size=100&due=NONE", differences);
            for (JsonNode item : page.path("content")) {
                read(
                        browser,
                        "/api/procedure-runs/{id}",
                        "/api/procedure-runs/" + item.path("runId").asLong(),
                        differences);
                tasks++;
            }
        }
        assertThat(tasks).as("tasks read").isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void theAuditLogAndItsVerificationAreAsDescribed() {
        // logins, anonymous refusals and the demo data's changes: records with and without a user,
        // a target, a reason, a path and changes whose values are null
        login("xlht.gov");
        new Browser(port).login("nobody", "wrong");
        List<String> differences = new ArrayList<>();
        Browser auditor = login("auditadmin");
        JsonNode page = read(auditor, "/api/audit/records", "/api/audit/records?size=200", differences);
        read(auditor, "/api/audit/records", "/api/audit/records?size=200&q=LOGIN", differences);
        read(auditor, "/api/audit/verify", "/api/audit/verify", differences);

        assertThat(page.path("content").size()).isPositive();
        assertThat(differences).isEmpty();
    }
}
