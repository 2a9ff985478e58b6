package io.github.realtimesessions.transport.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.realtimesessions.model.AudioFormat;
import io.github.realtimesessions.model.ClientSecret;
import io.github.realtimesessions.model.ClientSecretConfig;
import io.github.realtimesessions.model.Eagerness;
import io.github.realtimesessions.model.ExpiresAfter;
import io.github.realtimesessions.model.ExpiryAnchor;
import io.github.realtimesessions.model.InputAudioTranscription;
import io.github.realtimesessions.model.MaxOutputTokens;
import io.github.realtimesessions.model.Modality;
import io.github.realtimesessions.model.NoiseReduction;
import io.github.realtimesessions.model.NoiseReductionType;
import io.github.realtimesessions.model.OpenEnum;
import io.github.realtimesessions.model.RealtimeModel;
import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.model.Setting;
import io.github.realtimesessions.model.Tool;
import io.github.realtimesessions.model.ToolChoice;
import io.github.realtimesessions.model.ToolType;
import io.github.realtimesessions.model.Tracing;
import io.github.realtimesessions.model.TranscriptionModel;
import io.github.realtimesessions.model.TurnDetection;
import io.github.realtimesessions.model.TurnDetectionType;
import io.github.realtimesessions.model.Voice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one JSON mapping of the wire format, shared by every transport and the fake server. Thread-safe; use
 * {@link #instance()}.
 *
 * <p>Writing follows the API exactly: snake_case names, unset fields omitted, explicitly disabled nullable fields
 * written as JSON {@code null}, numbers as given. Reading a <em>response</em> is lenient (unknown fields ignored,
 * unknown enum values kept verbatim, {@code null} accepted anywhere, a field of an unexpected type skipped) and only
 * insists on what a caller cannot do without: a {@code client_secret} with {@code value} and {@code expires_at}.
 * Reading a <em>request</em> (the fake server's side) is strict like the real API: unknown fields and wrong types are
 * rejected, and the request's own rules apply.
 *
 * <p>It uses Jackson's streaming API only ({@code jackson-core}), with no reflection and no data binding.
 */
public final class SessionJsonCodec {

    private static final SessionJsonCodec INSTANCE = new SessionJsonCodec();

    /** Nesting deeper than this in free-form JSON (tool parameters, metadata) is refused, as a guard. */
    private static final int MAX_NESTING_DEPTH = 64;

    private final JsonFactory factory;

    private SessionJsonCodec() {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .build();
    }

    /**
     * Returns the shared codec.
     *
     * @return the codec
     */
    public static SessionJsonCodec instance() {
        return INSTANCE;
    }

    // ------------------------------------------------------------------------------------------------- requests

    /**
     * Encodes a request body.
     *
     * @param request the request
     * @return UTF-8 JSON
     */
    public byte[] encodeRequest(RealtimeSessionCreateRequest request) {
        Objects.requireNonNull(request, "request");
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 512);
                JsonGenerator generator = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            writeRequest(generator, request);
            generator.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    /**
     * Writes a request body to a stream, which stays open.
     *
     * @param request the request
     * @param out where to write UTF-8 JSON
     * @throws IOException if the stream fails
     */
    public void writeRequest(RealtimeSessionCreateRequest request, OutputStream out) throws IOException {
        Objects.requireNonNull(request, "request");
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            writeRequest(generator, request);
        }
    }

    /**
     * Decodes a request body strictly, as the real API reads it: unknown fields and wrong types are rejected, and
     * the request's rules apply.
     *
     * @param json UTF-8 JSON
     * @return the request
     * @throws WireFormatException if the JSON is malformed, has an unknown field or a field of the wrong type
     * @throws io.github.realtimesessions.model.InvalidRequestException if the request breaks a rule of the API
     */
    public RealtimeSessionCreateRequest decodeRequest(byte[] json) {
        try (JsonParser parser = factory.createParser(json)) {
            WireReader in = new WireReader(parser, true);
            in.expectDocumentObject();
            RealtimeSessionCreateRequest request = readRequest(in);
            in.expectEndOfDocument();
            return request;
        } catch (JsonProcessingException e) {
            throw new WireFormatException(null, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ responses

    /**
     * Decodes a response body leniently. The only requirement is a {@code client_secret} with a string
     * {@code value} and a numeric {@code expires_at}.
     *
     * @param json UTF-8 JSON
     * @return the response
     * @throws WireFormatException if the JSON is malformed or cut short, or has no usable {@code client_secret}
     */
    public RealtimeSessionCreateResponse decodeResponse(byte[] json) {
        return decodeResponse(json, 0, json.length);
    }

    /**
     * Decodes a response body leniently from part of an array.
     *
     * @param json the buffer
     * @param offset where the JSON starts
     * @param length how many bytes it has
     * @return the response
     * @throws WireFormatException if the JSON is malformed or cut short, or has no usable {@code client_secret}
     */
    public RealtimeSessionCreateResponse decodeResponse(byte[] json, int offset, int length) {
        try (JsonParser parser = factory.createParser(json, offset, length)) {
            WireReader in = new WireReader(parser, false);
            in.expectDocumentObject();
            RealtimeSessionCreateResponse response = readResponse(in);
            in.expectEndOfDocument();
            if (response.clientSecret() == null) {
                throw new WireFormatException("client_secret", "is missing; it is required in a session answer", null);
            }
            return response;
        } catch (JsonProcessingException e) {
            throw new WireFormatException(null, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    /**
     * Encodes a response body, as the server sends it (the client secret in clear: this is wire format).
     *
     * @param response the response
     * @return UTF-8 JSON
     */
    public byte[] encodeResponse(RealtimeSessionCreateResponse response) {
        Objects.requireNonNull(response, "response");
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 1024);
                JsonGenerator generator = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            writeResponse(generator, response);
            generator.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- errors

    /**
     * Decodes an OpenAI error body {@code {"error":{...}}}.
     *
     * @param body the body bytes, possibly empty or not JSON
     * @return the error, or {@code null} when the body is not an OpenAI error object
     */
    public OpenAiErrorBody decodeError(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser parser = factory.createParser(body)) {
            WireReader in = new WireReader(parser, false);
            if (!in.startsDocumentObject()) {
                return null;
            }
            OpenAiErrorBody error = null;
            String field;
            while ((field = in.nextField()) != null) {
                if ("error".equals(field) && in.isObjectStart()) {
                    String message = null;
                    String type = null;
                    String param = null;
                    String code = null;
                    String inner;
                    while ((inner = in.nextField()) != null) {
                        switch (inner) {
                            case "message" -> message = in.scalarText();
                            case "type" -> type = in.scalarText();
                            case "param" -> param = in.scalarText();
                            case "code" -> code = in.scalarText();
                            default -> in.skip();
                        }
                    }
                    error = new OpenAiErrorBody(message, type, param, code);
                } else {
                    in.skip();
                }
            }
            return error;
        } catch (IOException e) {
            // Not JSON, or cut short: the caller falls back to the raw text.
            return null;
        }
    }

    /**
     * Encodes an OpenAI error body {@code {"error":{"message","type","param","code"}}}, all four always present.
     *
     * @param error the error
     * @return UTF-8 JSON
     */
    public byte[] encodeError(OpenAiErrorBody error) {
        try (ByteArrayBuilder buffer = new ByteArrayBuilder(factory._getBufferRecycler(), 256);
                JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("message", error.message());
            g.writeStringField("type", error.type());
            g.writeStringField("param", error.param());
            g.writeStringField("code", error.code());
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding to memory failed", e);
        }
    }

    // ------------------------------------------------------------------------------------------------- writing

    private static void writeRequest(JsonGenerator g, RealtimeSessionCreateRequest r) throws IOException {
        g.writeStartObject();
        writeEnum(g, "model", r.model());
        writeEnumList(g, "modalities", r.modalities());
        writeString(g, "instructions", r.instructions());
        writeEnum(g, "voice", r.voice());
        writeEnum(g, "input_audio_format", r.inputAudioFormat());
        writeEnum(g, "output_audio_format", r.outputAudioFormat());
        writeTranscription(g, r.inputAudioTranscription());
        writeNoiseReduction(g, r.inputAudioNoiseReduction());
        writeTurnDetection(g, r.turnDetection());
        writeTools(g, r.tools());
        if (r.toolChoice() != null) {
            g.writeStringField("tool_choice", r.toolChoice().wireValue());
        }
        writeNumber(g, "temperature", r.temperature());
        writeMaxTokens(g, r.maxResponseOutputTokens());
        writeNumber(g, "speed", r.speed());
        writeTracing(g, r.tracing());
        ClientSecretConfig secret = r.clientSecret();
        if (secret != null) {
            g.writeObjectFieldStart("client_secret");
            ExpiresAfter expiresAfter = secret.expiresAfter();
            if (expiresAfter != null) {
                g.writeObjectFieldStart("expires_after");
                writeEnum(g, "anchor", expiresAfter.anchor());
                writeNumber(g, "seconds", expiresAfter.seconds());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeResponse(JsonGenerator g, RealtimeSessionCreateResponse r) throws IOException {
        g.writeStartObject();
        writeString(g, "id", r.id());
        writeString(g, "object", r.object());
        writeEnum(g, "model", r.model());
        if (r.expiresAt() != null) {
            g.writeNumberField("expires_at", r.expiresAt().getEpochSecond());
        }
        writeEnumList(g, "modalities", r.modalities());
        writeString(g, "instructions", r.instructions());
        writeEnum(g, "voice", r.voice());
        writeEnum(g, "input_audio_format", r.inputAudioFormat());
        writeEnum(g, "output_audio_format", r.outputAudioFormat());
        writeTranscription(g, r.inputAudioTranscription());
        writeNoiseReduction(g, r.inputAudioNoiseReduction());
        writeTurnDetection(g, r.turnDetection());
        writeTools(g, r.tools());
        if (r.toolChoice() != null) {
            g.writeStringField("tool_choice", r.toolChoice().wireValue());
        }
        writeNumber(g, "temperature", r.temperature());
        writeMaxTokens(g, r.maxResponseOutputTokens());
        writeNumber(g, "speed", r.speed());
        writeTracing(g, r.tracing());
        ClientSecret secret = r.clientSecret();
        if (secret != null) {
            g.writeObjectFieldStart("client_secret");
            g.writeStringField("value", secret.value());
            g.writeNumberField("expires_at", secret.expiresAt().getEpochSecond());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeTranscription(JsonGenerator g, Setting<InputAudioTranscription> setting)
            throws IOException {
        if (writeUnlessValue(g, "input_audio_transcription", setting)) {
            return;
        }
        InputAudioTranscription t = setting.valueOrNull();
        g.writeObjectFieldStart("input_audio_transcription");
        writeEnum(g, "model", t.model());
        writeString(g, "language", t.language());
        writeString(g, "prompt", t.prompt());
        g.writeEndObject();
    }

    private static void writeNoiseReduction(JsonGenerator g, Setting<NoiseReduction> setting) throws IOException {
        if (writeUnlessValue(g, "input_audio_noise_reduction", setting)) {
            return;
        }
        g.writeObjectFieldStart("input_audio_noise_reduction");
        writeEnum(g, "type", setting.valueOrNull().type());
        g.writeEndObject();
    }

    private static void writeTurnDetection(JsonGenerator g, Setting<TurnDetection> setting) throws IOException {
        if (writeUnlessValue(g, "turn_detection", setting)) {
            return;
        }
        TurnDetection t = setting.valueOrNull();
        g.writeObjectFieldStart("turn_detection");
        writeEnum(g, "type", t.type());
        writeEnum(g, "eagerness", t.eagerness());
        writeNumber(g, "threshold", t.threshold());
        writeNumber(g, "prefix_padding_ms", t.prefixPaddingMs());
        writeNumber(g, "silence_duration_ms", t.silenceDurationMs());
        writeBoolean(g, "create_response", t.createResponse());
        writeBoolean(g, "interrupt_response", t.interruptResponse());
        g.writeEndObject();
    }

    private static void writeTracing(JsonGenerator g, Setting<Tracing> setting) throws IOException {
        if (writeUnlessValue(g, "tracing", setting)) {
            return;
        }
        Tracing tracing = setting.valueOrNull();
        if (tracing instanceof Tracing.Mode mode) {
            g.writeStringField("tracing", mode.value());
        } else if (tracing instanceof Tracing.Configuration config) {
            g.writeObjectFieldStart("tracing");
            writeString(g, "workflow_name", config.workflowName());
            writeString(g, "group_id", config.groupId());
            if (config.metadata() != null) {
                g.writeFieldName("metadata");
                writeJson(g, config.metadata());
            }
            g.writeEndObject();
        }
    }

    private static void writeTools(JsonGenerator g, List<Tool> tools) throws IOException {
        if (tools == null) {
            return;
        }
        g.writeArrayFieldStart("tools");
        for (Tool tool : tools) {
            g.writeStartObject();
            writeEnum(g, "type", tool.type());
            writeString(g, "name", tool.name());
            writeString(g, "description", tool.description());
            if (tool.parameters() != null) {
                g.writeFieldName("parameters");
                writeJson(g, tool.parameters());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMaxTokens(JsonGenerator g, MaxOutputTokens tokens) throws IOException {
        if (tokens instanceof MaxOutputTokens.Limit limit) {
            g.writeNumberField("max_response_output_tokens", limit.tokens());
        } else if (tokens instanceof MaxOutputTokens.Keyword keyword) {
            g.writeStringField("max_response_output_tokens", keyword.value());
        }
    }

    /**
     * Writes nothing for an unset setting and {@code null} for a disabled one.
     *
     * @return {@code true} when done, {@code false} when the caller must write the value
     */
    private static boolean writeUnlessValue(JsonGenerator g, String field, Setting<?> setting) throws IOException {
        if (setting == null) {
            return true;
        }
        if (!setting.isEnabled()) {
            g.writeNullField(field);
            return true;
        }
        return false;
    }

    private static void writeEnum(JsonGenerator g, String field, OpenEnum value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.value());
        }
    }

    private static void writeEnumList(JsonGenerator g, String field, List<? extends OpenEnum> values)
            throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(field);
            for (OpenEnum value : values) {
                g.writeString(value.value());
            }
            g.writeEndArray();
        }
    }

    private static void writeString(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void writeBoolean(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(field, value);
        }
    }

    private static void writeNumber(JsonGenerator g, String field, Number value) throws IOException {
        if (value != null) {
            g.writeFieldName(field);
            writeNumberValue(g, value);
        }
    }

    private static void writeNumberValue(JsonGenerator g, Number value) throws IOException {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(value.longValue());
        } else if (value instanceof BigInteger big) {
            g.writeNumber(big);
        } else if (value instanceof BigDecimal big) {
            g.writeNumber(big);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /** Writes a JSON tree of JDK types, as the model package defines it. */
    private static void writeJson(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            writeNumberValue(g, n);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeFieldName((String) entry.getKey());
                writeJson(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeJson(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    // ------------------------------------------------------------------------------------------------- reading

    private static RealtimeSessionCreateRequest readRequest(WireReader in) throws IOException {
        RealtimeSessionCreateRequest.Builder b = RealtimeSessionCreateRequest.builder();
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "model" -> b.model(in.enumValue(RealtimeModel::of));
                case "modalities" -> b.modalities(in.enumList(Modality::of));
                case "instructions" -> b.instructions(in.string());
                case "voice" -> b.voice(in.enumValue(Voice::of));
                case "input_audio_format" -> b.inputAudioFormat(in.enumValue(AudioFormat::of));
                case "output_audio_format" -> b.outputAudioFormat(in.enumValue(AudioFormat::of));
                case "input_audio_transcription" -> b.inputAudioTranscriptionSetting(readTranscription(in));
                case "input_audio_noise_reduction" -> b.inputAudioNoiseReductionSetting(readNoiseReduction(in));
                case "turn_detection" -> b.turnDetectionSetting(readTurnDetection(in));
                case "tools" -> b.tools(readTools(in));
                case "tool_choice" -> b.toolChoice(readToolChoice(in));
                case "temperature" -> b.temperature(in.decimal());
                case "max_response_output_tokens" -> b.maxResponseOutputTokens(readMaxTokens(in));
                case "speed" -> b.speed(in.decimal());
                case "tracing" -> b.tracingSetting(readTracing(in));
                case "client_secret" -> b.clientSecret(readClientSecretConfig(in));
                default -> in.unknownField();
            }
        }
        return b.build();
    }

    private static RealtimeSessionCreateResponse readResponse(WireReader in) throws IOException {
        RealtimeSessionCreateResponse.Builder b = RealtimeSessionCreateResponse.builder();
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "id" -> b.id(in.string());
                case "object" -> b.object(in.string());
                case "model" -> b.model(in.enumValue(RealtimeModel::of));
                case "expires_at" -> b.expiresAt(in.epochSeconds());
                case "modalities" -> b.modalities(in.enumList(Modality::of));
                case "instructions" -> b.instructions(in.string());
                case "voice" -> b.voice(in.enumValue(Voice::of));
                case "input_audio_format" -> b.inputAudioFormat(in.enumValue(AudioFormat::of));
                case "output_audio_format" -> b.outputAudioFormat(in.enumValue(AudioFormat::of));
                case "input_audio_transcription" -> b.inputAudioTranscriptionSetting(readTranscription(in));
                case "input_audio_noise_reduction" -> b.inputAudioNoiseReductionSetting(readNoiseReduction(in));
                case "turn_detection" -> b.turnDetectionSetting(readTurnDetection(in));
                case "tools" -> b.tools(readTools(in));
                case "tool_choice" -> b.toolChoice(readToolChoice(in));
                case "temperature" -> b.temperature(in.decimal());
                case "max_response_output_tokens" -> b.maxResponseOutputTokens(readMaxTokens(in));
                case "speed" -> b.speed(in.decimal());
                case "tracing" -> b.tracingSetting(readTracing(in));
                case "client_secret" -> b.clientSecret(readClientSecret(in));
                default -> in.unknownField();
            }
        }
        return b.build();
    }

    private static Setting<InputAudioTranscription> readTranscription(WireReader in)
            throws IOException {
        if (in.isNull()) {
            return Setting.disabled();
        }
        if (!in.objectOrSkip()) {
            return null;
        }
        TranscriptionModel model = null;
        String language = null;
        String prompt = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "model" -> model = in.enumValue(TranscriptionModel::of);
                case "language" -> language = in.string();
                case "prompt" -> prompt = in.string();
                default -> in.unknownField();
            }
        }
        return Setting.enabled(new InputAudioTranscription(model, language, prompt));
    }

    private static Setting<NoiseReduction> readNoiseReduction(WireReader in) throws IOException {
        if (in.isNull()) {
            return Setting.disabled();
        }
        if (!in.objectOrSkip()) {
            return null;
        }
        NoiseReductionType type = null;
        String field;
        while ((field = in.nextField()) != null) {
            if ("type".equals(field)) {
                type = in.enumValue(NoiseReductionType::of);
            } else {
                in.unknownField();
            }
        }
        return Setting.enabled(new NoiseReduction(type));
    }

    private static Setting<TurnDetection> readTurnDetection(WireReader in) throws IOException {
        if (in.isNull()) {
            return Setting.disabled();
        }
        if (!in.objectOrSkip()) {
            return null;
        }
        TurnDetection.Builder b = TurnDetection.builder();
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "type" -> b.type(in.enumValue(TurnDetectionType::of));
                case "eagerness" -> b.eagerness(in.enumValue(Eagerness::of));
                case "threshold" -> b.threshold(in.decimal());
                case "prefix_padding_ms" -> b.prefixPaddingMs(in.integer());
                case "silence_duration_ms" -> b.silenceDurationMs(in.integer());
                case "create_response" -> b.createResponse(in.bool());
                case "interrupt_response" -> b.interruptResponse(in.bool());
                default -> in.unknownField();
            }
        }
        return Setting.enabled(b.build());
    }

    private static Setting<Tracing> readTracing(WireReader in) throws IOException {
        if (in.isNull()) {
            return Setting.disabled();
        }
        if (in.isString()) {
            // A keyword is read like an open enum value: blank is an error in a request, absent in a response.
            Tracing.Mode mode = in.enumValue(Tracing.Mode::new);
            return mode == null ? null : Setting.enabled(mode);
        }
        if (!in.objectOrSkip()) {
            return null;
        }
        String workflowName = null;
        String groupId = null;
        Map<String, Object> metadata = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "workflow_name" -> workflowName = in.string();
                case "group_id" -> groupId = in.string();
                case "metadata" -> metadata = in.jsonObject();
                default -> in.unknownField();
            }
        }
        return Setting.enabled(new Tracing.Configuration(workflowName, groupId, metadata));
    }

    private static List<Tool> readTools(WireReader in) throws IOException {
        return in.objectList(() -> {
            ToolType type = null;
            String name = null;
            String description = null;
            Map<String, Object> parameters = null;
            String field;
            while ((field = in.nextField()) != null) {
                switch (field) {
                    case "type" -> type = in.enumValue(ToolType::of);
                    case "name" -> name = in.string();
                    case "description" -> description = in.string();
                    case "parameters" -> parameters = in.jsonObject();
                    default -> in.unknownField();
                }
            }
            return new Tool(type, name, description, parameters);
        });
    }

    private static ToolChoice readToolChoice(WireReader in) throws IOException {
        return in.enumValue(ToolChoice::of);
    }

    private static MaxOutputTokens readMaxTokens(WireReader in) throws IOException {
        if (in.isString()) {
            return in.enumValue(MaxOutputTokens.Keyword::new);
        }
        Integer tokens = in.integer();
        return tokens == null ? null : MaxOutputTokens.of(tokens);
    }

    private static ClientSecretConfig readClientSecretConfig(WireReader in) throws IOException {
        if (!in.objectOrSkip()) {
            return null;
        }
        ExpiresAfter expiresAfter = null;
        String field;
        while ((field = in.nextField()) != null) {
            if ("expires_after".equals(field) && in.objectOrSkip()) {
                ExpiryAnchor anchor = null;
                Integer seconds = null;
                String inner;
                while ((inner = in.nextField()) != null) {
                    switch (inner) {
                        case "anchor" -> anchor = in.enumValue(ExpiryAnchor::of);
                        case "seconds" -> seconds = in.integer();
                        default -> in.unknownField();
                    }
                }
                if (anchor == null) {
                    throw new WireFormatException("client_secret.expires_after.anchor", "is required", null);
                }
                expiresAfter = new ExpiresAfter(anchor, seconds);
            } else if (!"expires_after".equals(field)) {
                in.unknownField();
            }
        }
        return new ClientSecretConfig(expiresAfter);
    }

    private static ClientSecret readClientSecret(WireReader in) throws IOException {
        if (!in.objectOrSkip()) {
            return null;
        }
        String value = null;
        Instant expiresAt = null;
        String field;
        while ((field = in.nextField()) != null) {
            switch (field) {
                case "value" -> value = in.string();
                case "expires_at" -> expiresAt = in.epochSeconds();
                default -> in.unknownField();
            }
        }
        if (value == null || value.isEmpty()) {
            throw new WireFormatException(
                    "client_secret.value", "is missing; the answer carries no usable secret", null);
        }
        if (expiresAt == null) {
            throw new WireFormatException(
                    "client_secret.expires_at", "is missing; the secret's lifetime is unknown", null);
        }
        return new ClientSecret(value, expiresAt);
    }
}
