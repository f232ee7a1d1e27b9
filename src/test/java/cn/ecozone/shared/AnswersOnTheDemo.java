package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.DescribedAnswers;
import cn.ecozone.support.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What the tests that check real answers against the API description share (ADR 0058): the demo
 * data (the same context as the other demo ITs), the description as the server serves it, demo logins
 * and a read that records every difference between an answer and its operation's schema.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnswersOnTheDemo {

    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    DescribedAnswers described;

    @BeforeAll
    void readTheDescription() {
        Response docs = login("sysadmin").get("/v3/api-docs");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        described = new DescribedAnswers(docs.json());
    }

    /** A browser logged in as the demo account {@code username}. */
    Browser login(String username) {
        Browser browser = new Browser(port);
        Response login = browser.login(username, PASSWORD);
        assertThat(login.status()).as(username + ": " + login).isEqualTo(200);
        return browser;
    }

    /** A browser without a login, as the public reads the portal. */
    Browser anonymous() {
        return new Browser(port);
    }

    /** The answer to {@code GET path}, checked against the description of {@code template}. */
    JsonNode read(Browser browser, String template, String path, List<String> differences) {
        Response response = browser.get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        described.differences(template, response.json()).forEach(d -> differences.add(path + " " + d));
        return response.json();
    }

    /** Reads {@code GET template} with each id of the page's {@code content} put for {@code {id}}. */
    int readEach(Browser browser, JsonNode page, String template, List<String> differences) {
        int read = 0;
        for (JsonNode item : page.path("content")) {
            read(browser, template, template.replace("{id}", item.path("id").asString()), differences);
            read++;
        }
        return read;
    }
}
