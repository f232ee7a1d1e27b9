package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The audit module's answers as the API description says (ADR 0058): the audit log, searched and not,
 * and its verification, read by the audit administrator on the demo data.
 */
class AuditAnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

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
