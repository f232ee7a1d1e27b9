package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description at {@code /v3/api-docs} (ADR 0051): the system administrator reads it, nobody
 * else; it describes the {@code /api} operations with the problem+json answer once; and it is the one
 * the front end's types come from. The build writes it to {@code target/openapi.json}, and this test
 * fails while the committed copy {@code web/src/api/openapi.json} differs from it (run with {@code
 * -Decozone.api.update=true} to replace that copy, then {@code cd web && npm run api-types}).
 */
@ApiTest
class ApiDescriptionIT {

    private static final String DOCS = "/v3/api-docs";
    private static final Path COMMITTED = Path.of("web/src/api/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser login(Role role) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, "150000"), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    @Test
    void onlyTheSystemAdministratorReadsTheDescription() {
        for (String path : List.of(DOCS, DOCS + ".yaml")) {
            Response anonymous = new Browser(port).get(path);
            assertThat(anonymous.status()).as(path + ": " + anonymous).isEqualTo(401);
            assertThat(anonymous.code()).isEqualTo("unauthenticated");
        }
        for (Role role : List.of(Role.PROVINCE_STAFF, Role.EXPERT, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            Response response = login(role).get(DOCS);
            assertThat(response.status()).as(role + ": " + response).isEqualTo(403);
            assertThat(response.code()).isEqualTo("forbidden");
        }
        assertThat(new Browser(port).get("/swagger-ui/index.html").status())
                .as("no Swagger UI")
                .isEqualTo(404);
    }

    @Test
    void theDescriptionCoversTheApiWithProblemAnswersOnceAndMatchesTheCommittedCopy() throws IOException {
        Response response = login(Role.SYSTEM_ADMIN).get(DOCS);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode api = response.json();
        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("servers").get(0).path("url").asString()).isEqualTo("/");
        JsonNode paths = api.path("paths");
        assertThat(paths.has("/api/plans/{id}")).isTrue();
        assertThat(paths.has("/api/auth/login")).isTrue();
        assertThat(paths.propertyNames()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
        JsonNode problem = api.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("code")).isTrue();
        assertThat(problem.path("properties").has("errors")).isTrue();
        paths.forEach(path -> path.forEach(operation -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.path("4XX").path("$ref").asString()).isEqualTo("#/components/responses/Problem");
            assertThat(responses.path("5XX").path("$ref").asString()).isEqualTo("#/components/responses/Problem");
        }));

        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(api) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), text, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("ecozone.api.update")) {
            Files.writeString(COMMITTED, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " is committed").isTrue();
        assertThat(JSON.readTree(Files.readString(COMMITTED)))
                .as("the API changed: run this test with -Decozone.api.update=true, then cd web && npm run"
                        + " api-types, and commit both files")
                .isEqualTo(api);
    }
}
