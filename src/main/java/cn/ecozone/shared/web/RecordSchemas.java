package cn.ecozone.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Says in the API description which properties of a record an answer always carries and which may be
 * null (ADR 0058), so that the front end's generated types are as strict as the server's answers:
 *
 * <ul>
 *   <li><b>required</b>: Jackson writes every record component, null included (the default inclusion
 *       is {@code ALWAYS}), so every property of a schema that an answer reaches is required, except a
 *       component under {@code @JsonInclude} other than {@code ALWAYS}, which may be left out. A
 *       schema that answers and request bodies share (a plan's content rows, sent back as they came)
 *       is described as answered: a client sends it whole;
 *   <li><b>nullable</b>: a component whose type is {@code @Nullable} (JSpecify) is described as
 *       {@code T | null}; every other component is never null in an answer ({@code
 *       AnswersMatchTheDescriptionIT} checks real answers against this);
 *   <li>a schema that only request bodies reach keeps springdoc's required list (from bean
 *       validation): a client may leave out what the server accepts as absent; its {@code @Nullable}
 *       components are still {@code T | null}.
 * </ul>
 *
 * Schemas are named by their class's full name ({@code springdoc.use-fqn}), so the record is found by
 * the name; a schema that names no record (an enum, a framework class) is left as it is.
 */
@Component
class RecordSchemas implements OpenApiCustomizer {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> answered = reachedFromAnswers(api, schemas);
        schemas.forEach(
                (name, schema) -> record(name).ifPresent(type -> describe(type, schema, answered.contains(name))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> type, Schema schema, boolean answered) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        boolean classOmits = omitsValues(type.getAnnotation(JsonInclude.class));
        for (RecordComponent component : type.getRecordComponents()) {
            String name = jsonName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            JsonInclude inclusion = component.getAccessor().getAnnotation(JsonInclude.class);
            boolean omitted = inclusion == null ? classOmits : omitsValues(inclusion);
            if (answered && !omitted) {
                required.add(name);
            }
            if (nullable(component)) {
                properties.put(name, orNull(property));
            }
        }
        if (answered) {
            // a property the record does not declare (e.g. a getter) is written all the same
            properties.keySet().stream()
                    .filter(name -> !isComponent(type, name))
                    .filter(name -> !classOmits)
                    .forEach(required::add);
        }
        schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    private static boolean isComponent(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (jsonName(component).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean omitsValues(@Nullable JsonInclude inclusion) {
        return inclusion != null
                && inclusion.value() != JsonInclude.Include.ALWAYS
                && inclusion.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.getAccessor().getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
                || component.getType() == Optional.class;
    }

    /** The property, or null: a reference becomes {@code oneOf [ref, null]}, a type gains "null". */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            Schema ref = new JsonSchema().$ref(property.get$ref());
            Schema none = new JsonSchema().types(Set.of("null"));
            return new JsonSchema().oneOf(List.of(ref, none)).description(property.getDescription());
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    /** The record a schema was made from, found by the schema's name (the class's full name). */
    private static Optional<Class<?>> record(String name) {
        for (String candidate : candidates(name)) {
            try {
                Class<?> type = ClassUtils.forName(candidate, RecordSchemas.class.getClassLoader());
                return type.isRecord() ? Optional.of(type) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError e) {
                // not this spelling; try the next
            }
        }
        return Optional.empty();
    }

    /**
     * The class names a schema name may stand for: the name itself (nested classes are spelled with a
     * dot, which {@link ClassUtils#forName} resolves), and for a generic type such as {@code
     * cn.ecozone.shared.PageResultCn.ecozone.audit.AuditEntry} the raw class before its argument.
     */
    private static List<String> candidates(String name) {
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))
                    && Character.isLetterOrDigit(name.charAt(i - 1))
                    && name.indexOf('.', i) > 0
                    && Character.isLowerCase(name.charAt(i + 1))
                    && name.substring(i).matches("[A-Z][a-z]+\\..*")) {
                candidates.add(name.substring(0, i));
            }
        }
        return candidates;
    }

    /** The schemas an operation's answer refers to, directly or through other schemas. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachedFromAnswers(OpenAPI api, Map<String, Schema> schemas) {
        List<String> todo = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().stream()
                                    .filter(answer -> answer.getContent() != null)
                                    .forEach(answer -> answer.getContent()
                                            .values()
                                            .forEach(media -> refs(media.getSchema(), todo)));
                        }
                    }));
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.removeLast();
            Schema schema = schemas.get(name);
            if (schema != null && reached.add(name)) {
                refs(schema, todo);
            }
        }
        return reached;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void refs(@Nullable Schema schema, List<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
            into.add(schema.get$ref().substring(SCHEMAS.length()));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> refs(p, into));
        }
        refs(schema.getItems(), into);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            refs(additional, into);
        }
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(s -> refs(s, into));
            }
        }
    }
}
