package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.Schemas;
import io.github.realtimesessions.model.internal.WireType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated bodies, thousands in all, from a fixed seed (a failure names the seed's case and is
 * reproducible): nothing but a {@link WireFormatException} ever escapes {@code decodeResponse} (and
 * {@code decodeJson}), nothing but it or an {@link InvalidRequestException} escapes {@code decodeRequest}, and
 * {@code decodeError} never throws. What decodes must also encode again (the fake server sends what it decoded).
 *
 * <p>600 mutations of each of 10 seeds, and 1,000 random byte strings through each of the 7 decoders.
 *
 * <p>The seeds: the real capture and, for every response and request type, the encoding of a value with every field
 * set. The mutations: random bytes, truncation, byte flips, token swaps (a JSON token replaced by another of any
 * type), deep nesting, huge and odd numbers, odd unicode (lone surrogates, invalid UTF-8, U+2028, NUL, BOM),
 * repeated members and dropped members.
 */
class DecoderFuzzTest {

    private static final long SEED = 0x5EED_2026_0130L;
    private static final int CASES_PER_SEED = 600;

    /** Reads JSON refusing repeated members, to tell which mutated bodies have one meaning only. */
    private static final com.fasterxml.jackson.databind.ObjectMapper STRICT_MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89a-fA-F]");

    private static final WireCodec CODEC = WireCodec.instance();

    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");

    private static final String[] REPLACEMENTS = {
        "null", "true", "false", "0", "-0", "-1", "1.5", "1e400", "-1e400", "1e-400", "99999999999999999",
        "99999999999999999999999999999999", "2147483648", "-9223372036854775809", "\"\"", "\" \"", "\"x\"",
        "\"ek_SECRETVALUE123\"", "{}", "[]", "[null]", "{\"type\":\"x\"}", "{\"type\":null}", "[{}]", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\u2028\"", "\"\uFEFF\"", "\"pcm16\"", "\"inf\"", "\"auto\"",
        "\"server_vad\"", "\"realtime\"", "\"transcription\"", "\"translation\"", "{\"id\":\"v\"}",
        "NaN", "Infinity", "'x'", "0x10", "01", "+1", ".5", "1.", "\"\\x\"", ",", ":", "{", "}", "[", "]", ""
    };

    record Decoder(String name, Function<byte[], Object> decode, boolean request, WireType<Object, ?> type) {}

    @SuppressWarnings("unchecked")
    private static Decoder response(String name, WireType<?, ?> type) {
        WireType<Object, ?> t = (WireType<Object, ?>) type;
        return new Decoder(name, json -> CODEC.decodeResponse(t, json), false, t);
    }

    @SuppressWarnings("unchecked")
    private static Decoder request(String name, WireType<?, ?> type) {
        WireType<Object, ?> t = (WireType<Object, ?>) type;
        return new Decoder(name, json -> CODEC.decodeRequest(t, json), true, t);
    }

    static Stream<Arguments> seeds() {
        Decoder mintResponse = response("ClientSecretResponse", Schemas.CLIENT_SECRET_RESPONSE);
        Decoder translationResponse = response("TranslationClientSecretResponse", Schemas.TRANSLATION_CLIENT_SECRET_RESPONSE);
        Decoder betaResponse = response("beta RealtimeSessionCreateResponse", BetaSchemas.SESSION_RESPONSE);
        Decoder mintRequest = request("ClientSecretRequest", Schemas.CLIENT_SECRET_REQUEST);
        Decoder translationRequest = request("TranslationClientSecretRequest", Schemas.TRANSLATION_CLIENT_SECRET_REQUEST);
        Decoder sessionRequest = request("RealtimeSessionConfig (accept, multipart)", Schemas.REALTIME_SESSION_CONFIG);
        Decoder betaRequest = request("beta RealtimeSessionCreateRequest", BetaSchemas.SESSION_REQUEST);

        ClientSecretResponse capture = CODEC.decodeResponse(Schemas.CLIENT_SECRET_RESPONSE, WireFixtures.CAPTURE);
        return Stream.of(
                seed("the capture", mintResponse, WireFixtures.CAPTURE),
                seed("a full realtime answer", mintResponse, fullRealtimeAnswer()),
                seed("a transcription answer", mintResponse,
                        utf8("{\"value\":\"ek_1\",\"expires_at\":1,\"session\":"
                                + WireFixtures.schemaExample("RealtimeTranscriptionSessionCreateResponseGA") + "}")),
                seed("the translation answer", translationResponse,
                        utf8(WireFixtures.responseExample("/realtime/translations/client_secrets"))),
                seed("the capture as a beta answer", betaResponse, utf8(betaAnswer(capture))),
                seed("the full realtime request", mintRequest,
                        CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, WireFixtures.fullRealtimeRequest())),
                seed("the transcription request", mintRequest,
                        CODEC.encode(Schemas.CLIENT_SECRET_REQUEST, WireFixtures.transcriptionRequest())),
                seed("the translation request", translationRequest,
                        CODEC.encode(Schemas.TRANSLATION_CLIENT_SECRET_REQUEST, WireFixtures.specTranslationRequest())),
                seed("the full bare session", sessionRequest,
                        CODEC.encode(Schemas.REALTIME_SESSION_CONFIG, WireFixtures.fullRealtimeSession())),
                seed("a beta request", betaRequest, utf8("{\"model\":\"gpt-4o-realtime-preview\",\"modalities\":"
                        + "[\"audio\",\"text\"],\"instructions\":\"x\",\"voice\":\"alloy\",\"input_audio_format\":"
                        + "\"pcm16\",\"turn_detection\":{\"type\":\"server_vad\",\"threshold\":0.5},\"tools\":"
                        + "[{\"type\":\"function\",\"name\":\"f\",\"parameters\":{}}],\"tool_choice\":\"auto\","
                        + "\"temperature\":0.8,\"max_response_output_tokens\":\"inf\",\"tracing\":\"auto\","
                        + "\"client_secret\":{\"expires_after\":{\"anchor\":\"created_at\",\"seconds\":60}}}")));
    }

    private static Arguments seed(String name, Decoder decoder, byte[] body) {
        return arguments(Named.of(name + " via " + decoder.name(), decoder), body);
    }

    /** Every response field the realtime session has, from the full request's session plus the response's own. */
    static byte[] fullRealtimeAnswer() {
        String session = WireFixtures.text(CODEC.encode(Schemas.REALTIME_SESSION_CONFIG, WireFixtures.fullRealtimeSession()));
        String withIds = "{\"object\":\"realtime.session\",\"id\":\"sess_1\",\"expires_at\":1769808455,"
                + session.substring(1);
        return utf8("{\"value\":\"ek_1\",\"expires_at\":1769808455,\"session\":" + withIds + "}");
    }

    private static String betaAnswer(ClientSecretResponse capture) {
        return "{\"id\":\"sess_1\",\"object\":\"realtime.session\",\"model\":\"gpt-4o-realtime-preview\","
                + "\"expires_at\":0,\"modalities\":[\"audio\",\"text\"],\"instructions\":\"x\",\"voice\":\"alloy\","
                + "\"input_audio_format\":\"pcm16\",\"output_audio_format\":\"pcm16\",\"input_audio_transcription\":"
                + "{\"model\":\"whisper-1\"},\"turn_detection\":null,\"tools\":[],\"tool_choice\":\"none\","
                + "\"temperature\":0.7,\"max_response_output_tokens\":200,\"speed\":1.1,\"tracing\":\"auto\","
                + "\"client_secret\":{\"value\":\"" + capture.value() + "\",\"expires_at\":1234567890}}";
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nothingButTheDocumentedExceptionsEscapeAnyMutation(Decoder decoder, byte[] seed) {
        // The unmutated seed decodes: the mutations start from a valid body.
        assertThat(decoder.decode().apply(seed)).isNotNull();
        SplittableRandom random = new SplittableRandom(SEED ^ decoder.name().hashCode() ^ seed.length);
        int decoded = 0;
        for (int i = 0; i < CASES_PER_SEED; i++) {
            byte[] mutated = mutate(seed, random);
            Object value = decodeChecked(decoder, mutated, i);
            if (value != null) {
                decoded++;
                reencodeChecked(decoder, value, mutated, i);
            }
            checkErrorDecoder(mutated, i);
        }
        // The mutations are not all fatal: leniency (and strictness) are both exercised.
        assertThat(decoded).isPositive().isLessThan(CASES_PER_SEED);
    }

    @Test
    void randomBytesNeverEscapeAsAnythingElse() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Decoder> decoders = new ArrayList<>();
        seeds().forEach(arguments -> {
            Decoder decoder = (Decoder) ((Named<?>) arguments.get()[0]).getPayload();
            if (decoders.stream().noneMatch(d -> d.name().equals(decoder.name()))) {
                decoders.add(decoder);
            }
        });
        for (int i = 0; i < 1_000; i++) {
            byte[] bytes = randomBytes(random);
            for (Decoder decoder : decoders) {
                decodeChecked(decoder, bytes, i);
            }
            checkErrorDecoder(bytes, i);
            try {
                CODEC.decodeJson(bytes);
            } catch (WireFormatException expected) {
                // documented
            } catch (RuntimeException | Error e) {
                throw new AssertionError("decodeJson threw " + e + " for case " + i + ": " + describe(bytes), e);
            }
        }
    }

    private static Object decodeChecked(Decoder decoder, byte[] body, int index) {
        try {
            return decoder.decode().apply(body);
        } catch (WireFormatException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a WireFormatException without a message, case " + index, expected);
            }
            return null;
        } catch (InvalidRequestException violation) {
            if (!decoder.request()) {
                throw new AssertionError(decoder.name() + " (a response) threw " + violation + " for case " + index
                        + ": " + describe(body), violation);
            }
            return null;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(decoder.name() + " threw " + e + " for case " + index + ": " + describe(body), e);
        }
    }

    private static void reencodeChecked(Decoder decoder, Object value, byte[] body, int index) {
        byte[] again;
        try {
            again = CODEC.encode(decoder.type(), value);
        } catch (RuntimeException | Error e) {
            throw new AssertionError(decoder.name() + " decoded what it cannot encode, case " + index + ": "
                    + describe(body), e);
        }
        if (!hasOneMeaning(body)) {
            // Repeated members ("type" twice) have no defined meaning in JSON, and invalid UTF-8 or a name with a
            // lone surrogate escape cannot be written back as UTF-8: for those only "encodes without failing" is
            // required.
            return;
        }
        Object twice;
        try {
            twice = decoder.decode().apply(again);
        } catch (RuntimeException | Error e) {
            throw new AssertionError(decoder.name() + " cannot read what it wrote, case " + index + ": "
                    + describe(again), e);
        }
        if (!twice.equals(value)) {
            throw new AssertionError(decoder.name() + ", case " + index + ": decode(encode(x)) differs from x for "
                    + describe(body) + "\nx:  " + value + "\nx': " + twice);
        }
    }

    private static boolean hasOneMeaning(byte[] body) {
        try {
            // Jackson reads some invalid UTF-8 (a code point above U+10FFFF becomes two low surrogates); such text
            // cannot be written back as UTF-8.
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
        if (SURROGATE_ESCAPE.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
            return false;
        }
        try {
            STRICT_MAPPER.readTree(body);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void checkErrorDecoder(byte[] body, int index) {
        try {
            CODEC.decodeError(body);
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decodeError threw " + e + " for case " + index + ": " + describe(body), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- mutations

    static byte[] mutate(byte[] seed, SplittableRandom random) {
        byte[] body = seed;
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds; round++) {
            body = switch (random.nextInt(10)) {
                case 0 -> truncate(body, random);
                case 1 -> flipBytes(body, random);
                case 2, 3, 4 -> swapToken(body, random);
                case 5 -> nest(body, random);
                case 6 -> hugeNumber(body, random);
                case 7 -> oddUnicode(body, random);
                case 8 -> repeatMember(body, random);
                default -> dropToken(body, random);
            };
        }
        return body;
    }

    private static byte[] truncate(byte[] body, SplittableRandom random) {
        return java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
    }

    private static byte[] flipBytes(byte[] body, SplittableRandom random) {
        byte[] copy = body.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static List<int[]> tokens(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static byte[] replaceToken(byte[] body, SplittableRandom random, Function<String, String> replacement) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<int[]> spans = tokens(text);
        if (spans.isEmpty()) {
            return body;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String token = text.substring(span[0], span[1]);
        return utf8(text.substring(0, span[0]) + replacement.apply(token) + text.substring(span[1]));
    }

    private static byte[] swapToken(byte[] body, SplittableRandom random) {
        return replaceToken(body, random, token -> REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
    }

    private static byte[] dropToken(byte[] body, SplittableRandom random) {
        return replaceToken(body, random, token -> "");
    }

    private static byte[] nest(byte[] body, SplittableRandom random) {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 10 : 200);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String value = open.repeat(depth) + "1" + close.repeat(random.nextInt(4) == 0 ? depth - 1 : depth);
        return replaceToken(body, random, token -> token.startsWith("\"") || Character.isDigit(token.charAt(0))
                || token.equals("null") ? value : token);
    }

    private static byte[] hugeNumber(byte[] body, SplittableRandom random) {
        String[] numbers = {"1" + "0".repeat(400), "-" + "9".repeat(1000), "1e999999999", "1E-999999999",
            "0." + "0".repeat(500) + "1", "123456789012345678901234567890.5", "4096.0000000000000000001",
            "9223372036854775807", "9223372036854775808", "31556889864403199", "31556889864403200", "-0.0"};
        return replaceToken(body, random, token -> Character.isDigit(token.charAt(0)) || token.startsWith("-")
                ? numbers[random.nextInt(numbers.length)] : token);
    }

    private static byte[] oddUnicode(byte[] body, SplittableRandom random) {
        byte[][] oddities = {
            {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}, {0}, {0x1B},
            utf8("\\ud83d"), utf8("\\uZZZZ"), utf8("\\"), {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] odd = oddities[random.nextInt(oddities.length)];
        int at = random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + odd.length);
        out.write(body, 0, at);
        out.writeBytes(odd);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] repeatMember(byte[] body, SplittableRandom random) {
        String text = new String(body, StandardCharsets.UTF_8);
        int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length())));
        if (brace < 0) {
            return body;
        }
        String[] members = {"\"value\":null,", "\"value\":\"ek_other\",", "\"expires_at\":-1,", "\"type\":\"mcp\",",
            "\"type\":null,", "\"session\":{},", "\"audio\":{\"input\":null},", "\"tools\":[{\"type\":\"function\"}],"};
        return utf8(text.substring(0, brace + 1) + members[random.nextInt(members.length)] + text.substring(brace + 1));
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(200)];
        boolean jsonish = random.nextBoolean();
        String alphabet = "{}[]:,\"0123456789.-+eEtrufalsn \\u";
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = jsonish ? (byte) alphabet.charAt(random.nextInt(alphabet.length())) : (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String describe(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "... (" + body.length + " bytes)" : text;
    }
}
