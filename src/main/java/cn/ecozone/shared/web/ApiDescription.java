package cn.ecozone.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Completes the API description springdoc derives from the controllers ({@code /v3/api-docs}, ADR
 * 0051): its title, and the problem+json answer (RFC 9457, {@link Problems}, docs/api.md) described
 * once, as the schema {@code Problem} and the response {@code Problem}, to which every operation's
 * {@code 4XX} and {@code 5XX} answers refer. springdoc's own per-handler answers from {@link
 * ProblemHandler} are off ({@code springdoc.override-with-generic-response: false}).
 */
@Component
class ApiDescription implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                .title("ecozone API")
                .version("1")
                .description("生态文明建设示范区与“两山”基地管理平台的接口（docs/api.md）。"
                        + " The ecozone platform's HTTP API; session cookie and X-XSRF-TOKEN, see docs/api.md."));
        // relative to wherever the description was read from: the same for every instance, port and build
        api.servers(List.of(new Server().url("/")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSchemas(PROBLEM, problemSchema());
        components.addResponses(
                PROBLEM,
                new ApiResponse()
                        .description("A refusal or an error as RFC 9457 problem+json, its detail in the request's"
                                + " language")
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref(ref("schemas"))))));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDescription::refuses));
    }

    private static void refuses(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        for (String range : List.of("4XX", "5XX")) {
            responses.addApiResponse(range, new ApiResponse().$ref(ref("responses")));
        }
    }

    private static String ref(String kind) {
        return "#/components/" + kind + "/" + PROBLEM;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<Object> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field, e.g. rows[3].terrain"))
                .addProperty("message", new StringSchema());
        error.setRequired(List.of("field", "message"));
        Schema<Object> problem = new ObjectSchema()
                .description("RFC 9457 problem details with the platform's stable code")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("stable machine code: validation, not-found, …"))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("errorId", new StringSchema().description("the log's id of an unexpected error"));
        problem.setRequired(List.of("status", "code"));
        return problem;
    }
}
