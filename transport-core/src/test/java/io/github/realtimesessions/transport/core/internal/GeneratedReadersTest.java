package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.JsonValue;
import io.github.realtimesessions.model.RealtimeSession;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireField;
import io.github.realtimesessions.model.internal.WireKind;
import io.github.realtimesessions.model.internal.WireType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated readers are what the generator writes from today's descriptions, and they read every answer exactly
 * as the interpreting reader does: the same value (field for field, extra fields included, the same bytes when
 * encoded again) or the same error (the same message, naming the same field), over the response seeds and thousands
 * of mutations of each.
 */
class GeneratedReadersTest {

    private static final WireCodec GENERATED = WireCodec.instance();
    private static final WireCodec INTERPRETING = WireCodec.interpreting();
    private static final int MUTATIONS_PER_SEED = 3_000;

    private record Seed(String name, WireType<Object, ?> type, byte[] body) {}

    @SuppressWarnings("unchecked")
    private static List<Seed> seeds() {
        WireType<Object, ?> mint = (WireType<Object, ?>) (WireType<?, ?>) Schemas.CLIENT_SECRET_RESPONSE;
        WireType<Object, ?> translation = (WireType<Object, ?>) (WireType<?, ?>) Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE;
        return List.of(
                new Seed("the capture", mint, WireFixtures.CAPTURE),
                new Seed("a full realtime answer", mint, DecoderFuzzTest.fullRealtimeAnswer()),
                new Seed("a transcription answer", mint, utf8("{\"value\":\"ek_1\",\"expires_at\":1,\"session\":"
                        + WireFixtures.schemaExample("RealtimeTranscriptionSessionCreateResponseGA") + "}")),
                new Seed("a full transcription answer", mint, fullTranscriptionAnswer()),
                new Seed("the translation answer", translation,
                        utf8(WireFixtures.responseExample("/realtime/translations/client_secrets"))),
                new Seed("an answer with every field", mint, utf8(EVERY_FIELD)),
                new Seed("the capture with every member unknown or misshapen", mint, misshapen()));
    }

    /** A realtime answer with every field of every type a realtime answer can hold, each of a usable shape. */
    private static final String EVERY_FIELD = """
            {"value": "ek_every", "expires_at": 1769808455, "session": {
              "type": "realtime", "object": "realtime.session", "id": "sess_every", "model": "gpt-realtime",
              "output_modalities": ["text"], "instructions": "Be brief.",
              "tools": [
                {"type": "function", "name": "f", "description": "d", "parameters": {"type": "object"}},
                {"type": "mcp", "server_label": "docs", "server_url": "https://mcp.example.com/sse",
                 "authorization": "secret-token", "server_description": "The docs.", "headers": {"X-Team": "a"},
                 "allowed_tools": {"tool_names": ["search"], "read_only": true}, "allowed_callers": ["model"],
                 "require_approval": {"always": {"tool_names": ["write"], "read_only": false},
                                      "never": {"tool_names": ["read"], "read_only": true}},
                 "defer_loading": true},
                {"type": "mcp", "server_label": "mail", "connector_id": "connector_gmail",
                 "tunnel_id": "tunnel_0123456789abcdef0123456789abcdef", "allowed_tools": ["list"],
                 "require_approval": "never"}],
              "tool_choice": {"type": "mcp", "server_label": "docs", "name": "search"},
              "max_output_tokens": 4096,
              "tracing": {"workflow_name": "w", "group_id": "g", "metadata": {"k": "v"}},
              "truncation": {"type": "retention_ratio", "retention_ratio": 0.5, "token_limits": {"post_instructions": 100}},
              "prompt": {"id": "pmpt_1", "version": "3", "variables": {
                "a": "text",
                "b": {"type": "input_text", "text": "t", "prompt_cache_breakpoint": {"k": 1}},
                "c": {"type": "input_image", "image_url": "https://example.com/i.png", "file_id": "file_1",
                      "detail": "high", "prompt_cache_breakpoint": {}},
                "d": {"type": "input_file", "file_id": "file_2", "filename": "a.pdf", "file_data": "ZGF0YQ==",
                      "file_url": "https://example.com/a.pdf", "detail": "low", "prompt_cache_breakpoint": {}}}},
              "expires_at": 1769808455,
              "audio": {
                "input": {"format": {"type": "audio/pcm", "rate": 24000},
                          "transcription": {"model": "gpt-4o-transcribe", "language": "en", "languages": ["en", "fr"],
                                            "keywords": ["OpenAI"], "prompt": "p", "delay": "low"},
                          "noise_reduction": {"type": "far_field"},
                          "turn_detection": {"type": "semantic_vad", "eagerness": "high", "create_response": true,
                                             "interrupt_response": false}},
                "output": {"format": {"type": "audio/pcmu"}, "voice": {"id": "voice_1"}, "speed": 1.2}},
              "include": ["item.input_audio_transcription.logprobs"],
              "reasoning": {"effort": "low"}}}
            """;

    @Test
    void theCheckedInReadersAreWhatTheGeneratorWritesFromTheDescriptions() throws IOException {
        String generated = ReaderGenerator.generate();
        // Surefire names the module's directory; an IDE usually runs tests in it.
        Path source = Path.of(System.getProperty("basedir", "")).resolve(ReaderGenerator.SOURCE);
        if (Boolean.getBoolean("readers.regenerate")) {
            Files.writeString(source, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(source, StandardCharsets.UTF_8))
                .as("GeneratedReaders.java is stale: a description in Schemas changed. Write it anew with "
                        + "./mvnw -pl transport-core test -Dtest=GeneratedReadersTest -Dreaders.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void everyTypeAnAnswerCanHoldHasAGeneratedReader() {
        List<WireType<?, ?>> covered = ReaderGenerator.coveredTypes();
        assertThat(covered).contains(Schemas.CLIENT_SECRET_RESPONSE, Schemas.REALTIME_SESSION,
                Schemas.TRANSCRIPTION_SESSION, Schemas.AUDIO_INPUT, Schemas.AUDIO_OUTPUT, Schemas.AUDIO_FORMAT,
                Schemas.SERVER_VAD, Schemas.SEMANTIC_VAD, Schemas.FUNCTION_TOOL, Schemas.MCP_TOOL,
                Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE, Schemas.TRANSLATION_SESSION);
        for (WireType<?, ?> type : covered) {
            assertThat(GeneratedReaders.forType(type)).as(type.javaName()).isNotNull();
        }
        assertThat(GeneratedReaders.forType(Schemas.CLIENT_SECRET_REQUEST)).as("requests are read strictly, by the walk")
                .isNull();
    }

    @Test
    void theSeedsHoldEveryFieldOfEveryCoveredType() {
        // A builder method picked by name that set the wrong field would show as a difference only where the field
        // is present: every field of every covered type is in some seed.
        Set<String> members = new HashSet<>();
        for (Seed seed : seeds()) {
            collectMembers(INTERPRETING.decodeJson(seed.body()), members);
        }
        List<String> missing = new java.util.ArrayList<>();
        for (WireType<?, ?> type : ReaderGenerator.coveredTypes()) {
            for (WireField<?, ?, ?> field : type.fields()) {
                if (!members.contains(field.name())) {
                    missing.add(type.javaName() + "." + field.name());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfTheEveryFieldAnswerIsReadIntoItsField() {
        // Nothing of it is kept aside as an extra field, so each value went through the field's setter: a builder
        // method the generator picked that set another field would make the two readers' values differ.
        ClientSecretResponse response = INTERPRETING.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, utf8(EVERY_FIELD));
        List<String> extras = new java.util.ArrayList<>();
        collectExtras(Schemas.CLIENT_SECRET_RESPONSE, response, "", extras);
        assertThat(extras).isEmpty();
        assertThat(WireFixtures.tree(INTERPRETING.encode(Schemas.CLIENT_SECRET_RESPONSE, response)))
                .isEqualTo(WireFixtures.tree(EVERY_FIELD));
        assertThat(GENERATED.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, utf8(EVERY_FIELD))).isEqualTo(response);
    }

    @Test
    void theSeedsReadTheSameThroughBothReaders() {
        for (Seed seed : seeds()) {
            Object generated = GENERATED.decodeResponse(seed.type(), seed.body());
            Object interpreted = INTERPRETING.decodeResponse(seed.type(), seed.body());
            assertThat(generated).as(seed.name()).isEqualTo(interpreted);
            assertThat(GENERATED.encode(seed.type(), generated)).as(seed.name())
                    .isEqualTo(INTERPRETING.encode(seed.type(), interpreted));
        }
        RealtimeSession session = (RealtimeSession) GENERATED.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE,
                DecoderFuzzTest.fullRealtimeAnswer()).session();
        assertThat(session.audio().input().turnDetection()).isNotNull();
        assertThat(session.tools()).hasSizeGreaterThan(1);
    }

    @Test
    void everyMutationReadsTheSameOrFailsTheSameThroughBothReaders() {
        int values = 0;
        int errors = 0;
        for (Seed seed : seeds()) {
            SplittableRandom random = new SplittableRandom(0x6E4E_2026_1201L ^ seed.name().hashCode());
            for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
                byte[] body = DecoderFuzzTest.mutate(seed.body(), random);
                if (compare(seed, body, i)) {
                    values++;
                } else {
                    errors++;
                }
            }
        }
        // Both outcomes are exercised in numbers.
        assertThat(values).isGreaterThan(1_000);
        assertThat(errors).isGreaterThan(1_000);
    }

    @Test
    void theRootBuilderIsCompletedBeforeTheValueIsBuilt() {
        ClientSecretResponse response = GENERATED.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, WireFixtures.CAPTURE,
                WireFixtures.CAPTURE.length, builder -> builder.extraField("seen", io.github.realtimesessions.model.JsonBoolean.TRUE));
        assertThat(response.extraFields()).containsEntry("seen", io.github.realtimesessions.model.JsonBoolean.TRUE);
    }

    /** Returns whether the body decoded (identically through both); fails when the readers disagree. */
    private static boolean compare(Seed seed, byte[] body, int index) {
        Object generated;
        Object interpreted;
        WireFormatException generatedError = null;
        WireFormatException interpretedError = null;
        try {
            generated = GENERATED.decodeResponse(seed.type(), body);
        } catch (WireFormatException e) {
            generated = null;
            generatedError = e;
        }
        try {
            interpreted = INTERPRETING.decodeResponse(seed.type(), body);
        } catch (WireFormatException e) {
            interpreted = null;
            interpretedError = e;
        }
        String what = seed.name() + ", mutation " + index + ": " + new String(body, StandardCharsets.UTF_8);
        if (generatedError != null || interpretedError != null) {
            if (generatedError == null || interpretedError == null) {
                fail("only one reader failed, " + what + "\ngenerated: " + (generatedError != null ? generatedError : generated)
                        + "\ninterpreting: " + (interpretedError != null ? interpretedError : interpreted));
            }
            assertThat(generatedError.getMessage()).as(what).isEqualTo(interpretedError.getMessage());
            return false;
        }
        assertThat(generated).as(what).isEqualTo(interpreted);
        assertThat(GENERATED.encode(seed.type(), generated)).as(what).isEqualTo(INTERPRETING.encode(seed.type(), interpreted));
        return true;
    }

    /** The paths of the extra fields anywhere in a value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void collectExtras(WireType type, Object value, String path, List<String> into) {
        ((Map<String, JsonValue>) type.extraFields(value)).keySet().forEach(name -> into.add(path + "." + name));
        for (WireField field : (List<WireField>) type.fields()) {
            Object fieldValue = field.get(value);
            if (fieldValue != null) {
                collectExtras(field.kind(), fieldValue, path + "." + field.name(), into);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void collectExtras(WireKind kind, Object value, String path, List<String> into) {
        if (kind instanceof WireKind.Struct struct) {
            collectExtras(struct.type(), value, path, into);
        } else if (kind instanceof WireKind.ListOf list) {
            for (Object element : (List<Object>) value) {
                collectExtras(list.element(), element, path + "[]", into);
            }
        } else if (kind instanceof WireKind.MapOf map) {
            ((Map<String, Object>) value).forEach((key, element) -> collectExtras(map.value(), element, path + "." + key, into));
        } else if (kind instanceof WireKind.Nullable nullable) {
            Object inner = ((io.github.realtimesessions.model.Setting) value).valueOrNull();
            if (inner != null) {
                collectExtras(nullable.value(), inner, path, into);
            }
        } else if (kind instanceof WireKind.OneOf oneOf) {
            for (WireKind.Alternative alternative : (List<WireKind.Alternative>) oneOf.alternatives()) {
                if (alternative.accepts().test(value)) {
                    collectExtras(alternative.kind(), value, path, into);
                    return;
                }
            }
        } else if (kind instanceof WireKind.Discriminated union) {
            WireKind.Variant variant = union.variantOf(value);
            if (variant == null) {
                into.add(path + " (an unknown variant)");
            } else {
                collectExtras(variant.type(), value, path, into);
            }
        }
    }

    private static void collectMembers(JsonValue value, Set<String> into) {
        if (value instanceof io.github.realtimesessions.model.JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                into.add(member.getKey());
                collectMembers(member.getValue(), into);
            }
        } else if (value instanceof io.github.realtimesessions.model.JsonArray array) {
            for (JsonValue element : array.elements()) {
                collectMembers(element, into);
            }
        }
    }

    /** A transcription session with every field the type has, as the server could answer it. */
    private static byte[] fullTranscriptionAnswer() {
        String session = WireFixtures.text(INTERPRETING.encode(Schemas.TRANSCRIPTION_SESSION_CONFIG,
                WireFixtures.transcriptionSession()));
        return utf8("{\"value\":\"ek_2\",\"expires_at\":1769808455,\"session\":{\"object\":\"realtime.transcription_session\","
                + "\"id\":\"sess_2\",\"expires_at\":0," + session.substring(1) + "}");
    }

    /** The capture with each member's value replaced by one of another shape, and members the library does not know. */
    private static byte[] misshapen() {
        String capture = new String(WireFixtures.CAPTURE, StandardCharsets.UTF_8);
        String changed = capture
                .replace("\"output_modalities\": [", "\"output_modalities\": [null, 7, ")
                .replace("\"instructions\": \"", "\"instructions_v2\": true, \"instructions\": \"")
                .replace("\"tool_choice\": \"auto\"", "\"tool_choice\": 5")
                .replace("\"speed\": 1.0", "\"speed\": \"fast\"")
                .replace("\"model\": \"gpt-realtime", "\"future\": {\"a\": [1, 2]}, \"model\": \"gpt-realtime");
        if (changed.equals(capture)) {
            throw new IllegalStateException("the capture changed shape; update misshapen()");
        }
        return utf8(changed);
    }
}
