package cn.ecozone.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON answer against the API description's schema of its operation (ADR 0058): every
 * required property is present, a property is null only where the schema allows {@code null}, and
 * the same holds for nested objects and array items. Only what the front end's generated types rely
 * on is checked; formats and enums are not.
 *
 * @param api the description as {@code /v3/api-docs} serves it
 */
public record DescribedAnswers(JsonNode api) {

    private static final String SCHEMAS = "#/components/schemas/";

    /**
     * The differences between an answer and the 200 answer's schema of {@code GET template}, e.g.
     * {@code content[0].documentId: null, not nullable}; empty when the answer is as described.
     */
    public List<String> differences(String template, JsonNode answer) {
        JsonNode operation = api.path("paths").path(template).path("get");
        if (operation.isMissingNode()) {
            return List.of("no GET " + template + " in the description");
        }
        JsonNode content = operation.path("responses").path("200").path("content");
        if (content.isEmpty()) {
            return List.of("GET " + template + " describes no 200 answer");
        }
        List<String> differences = new ArrayList<>();
        check(answer, content.valueStream().findFirst().orElseThrow().path("schema"), "", differences);
        return differences;
    }

    private void check(JsonNode value, JsonNode schema, String where, List<String> differences) {
        if (schema.has("$ref")) {
            check(value, resolve(schema.path("$ref").asString()), where, differences);
            return;
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            if (value.isNull() && choices.valueStream().anyMatch(DescribedAnswers::allowsNull)) {
                return;
            }
            // the one choice that is not null (the only union the description uses: T or null)
            choices.valueStream()
                    .filter(choice -> !isNullOnly(choice))
                    .findFirst()
                    .ifPresent(choice -> check(value, choice, where, differences));
            return;
        }
        if (value.isNull()) {
            if (!allowsNull(schema)) {
                differences.add(name(where) + ": null, not nullable");
            }
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), where + "[" + i + "]", differences);
            }
            return;
        }
        if (value.isObject()) {
            schema.path("required")
                    .valueStream()
                    .map(JsonNode::asString)
                    .filter(property -> !value.has(property))
                    .forEach(property -> differences.add(name(where + "." + property) + ": missing, required"));
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                if (value.has(property.getKey())) {
                    check(
                            value.get(property.getKey()),
                            property.getValue(),
                            where + "." + property.getKey(),
                            differences);
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        return api.path("components").path("schemas").path(ref.substring(SCHEMAS.length()));
    }

    private static boolean allowsNull(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.valueStream().anyMatch(t -> t.asString().equals("null"));
        }
        // a schema that states no type at all (e.g. a free JSON node) says nothing against null
        return type.isMissingNode() && !schema.has("$ref") && !schema.has("properties") || isNullOnly(schema);
    }

    private static boolean isNullOnly(JsonNode schema) {
        return "null".equals(schema.path("type").asString(""));
    }

    private static String name(String where) {
        return where.isEmpty() ? "(the answer)" : where.startsWith(".") ? where.substring(1) : where;
    }
}
