package io.github.realtimesessions.transport.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON schemas of the spec excerpt ({@code spec/realtime-ga.openapi.yaml}, read with Jackson's YAML reader),
 * as JSON Schema 2020-12 (OpenAPI 3.1's dialect), for validating what the codec writes.
 *
 * <p>The {@code components.schemas} are taken as they are, with these test-side changes, each for a stated reason:
 * <ol>
 *   <li>{@code $ref: "#/components/schemas/X"} becomes {@code "#/$defs/X"}: the schemas move under {@code $defs} of
 *       one document;</li>
 *   <li>vendor keys ({@code x-*}) and the OpenAPI keywords {@code example} and {@code discriminator} are dropped
 *       (annotations; every {@code oneOf} the discriminators describe is told apart by a {@code type} enum
 *       anyway);</li>
 *   <li>{@code nullable: true}, an OpenAPI 3.0 keyword that 3.1 ignores, is honoured (JSON null allowed there), as
 *       the prose says ({@code tracing}: "Set to null to disable tracing");</li>
 *   <li>JSON null is allowed for {@code audio.input.transcription} and {@code audio.input.noise_reduction} of the
 *       realtime and transcription session requests, which the prose says "can be set to null to turn off" while the
 *       schema has no null branch ({@code ga-fields.md} §8.4); nowhere else;</li>
 *   <li>{@link #closed() closed} schemas additionally get {@code additionalProperties: false} on every object that
 *       lists its {@code properties} (free-form objects such as tool {@code parameters} or tracing {@code metadata}
 *       stay open): the real API rejects unknown parameters, and a closed schema makes a misspelled or beta-only
 *       field fail validation.</li>
 * </ol>
 */
final class SpecSchemas {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** Where the prose makes JSON null the way to turn a feature off, though the schema has no null branch. */
    private static final List<String> NULLABLE_BY_PROSE = List.of(
            "/RealtimeSessionCreateRequestGA/properties/audio/properties/input/properties/transcription",
            "/RealtimeSessionCreateRequestGA/properties/audio/properties/input/properties/noise_reduction",
            "/RealtimeTranscriptionSessionCreateRequestGA/properties/audio/properties/input/properties/transcription",
            "/RealtimeTranscriptionSessionCreateRequestGA/properties/audio/properties/input/properties/noise_reduction");

    private static final SpecSchemas AS_PUBLISHED = new SpecSchemas(false);
    private static final SpecSchemas CLOSED = new SpecSchemas(true);

    private final ObjectNode defs;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private SpecSchemas(boolean closed) {
        ObjectNode schemas = (ObjectNode) WireFixtures.spec().path("components").path("schemas").deepCopy();
        ObjectNode converted = (ObjectNode) convert(schemas, closed);
        for (String pointer : NULLABLE_BY_PROSE) {
            allowNull(converted, pointer);
        }
        this.defs = converted;
    }

    /** The schemas with changes 1 to 4: what the spec says, read as its prose says. */
    static SpecSchemas asPublished() {
        return AS_PUBLISHED;
    }

    /** The schemas with changes 1 to 5: unknown members are errors too. */
    static SpecSchemas closed() {
        return CLOSED;
    }

    /**
     * Validates JSON against a component schema.
     *
     * @param schema the component's name, e.g. {@code RealtimeCreateClientSecretRequest}
     * @param json the document
     * @return the errors, empty when valid
     */
    Set<ValidationMessage> validate(String schema, JsonNode json) {
        return compiled.computeIfAbsent(schema, this::compile).validate(json);
    }

    /** The converted schema of a component, for assertions on the conversion itself. */
    JsonNode definition(String schema) {
        return defs.path(schema);
    }

    private JsonSchema compile(String name) {
        if (!defs.has(name)) {
            throw new IllegalArgumentException("no schema " + name + " in the spec excerpt");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", DIALECT);
        root.set("$defs", defs);
        root.put("$ref", "#/$defs/" + name);
        return factory.getSchema(root);
    }

    private static JsonNode convert(JsonNode node, boolean closed) {
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(convert(element, closed)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        boolean nullable = false;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (key.startsWith("x-") || key.equals("example") || key.equals("discriminator")) {
                continue;
            }
            if (key.equals("nullable")) {
                nullable = value.asBoolean();
                continue;
            }
            if (key.equals("$ref") && value.isTextual()) {
                object.put(key, value.asText().replace("#/components/schemas/", "#/$defs/"));
                continue;
            }
            if (key.equals("properties") && value.isObject()) {
                // The names under properties are field names, not keywords: convert each field's schema only.
                ObjectNode properties = JsonNodeFactory.instance.objectNode();
                value.properties().forEach(p -> properties.set(p.getKey(), convert(p.getValue(), closed)));
                object.set(key, properties);
                continue;
            }
            object.set(key, convert(value, closed));
        }
        if (closed && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        if (nullable) {
            return anyOfNull(object);
        }
        return object;
    }

    private static void allowNull(ObjectNode defs, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = defs.at(pointer.substring(0, cut));
        String field = pointer.substring(cut + 1);
        if (!(parent instanceof ObjectNode owner) || !owner.has(field)) {
            throw new IllegalStateException("the spec has no schema at " + pointer);
        }
        owner.set(field, anyOfNull(owner.get(field)));
    }

    private static ObjectNode anyOfNull(JsonNode schema) {
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = wrapped.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return wrapped;
    }

    /** The messages of a validation, for assertion output. */
    static List<String> messages(Set<ValidationMessage> errors) {
        List<String> messages = new ArrayList<>();
        for (ValidationMessage error : errors) {
            messages.add(error.getMessage());
        }
        return messages;
    }
}
