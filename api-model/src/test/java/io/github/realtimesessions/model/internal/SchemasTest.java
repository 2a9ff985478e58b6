package io.github.realtimesessions.model.internal;

import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the descriptions in {@link Schemas} and {@link BetaSchemas} say about their fields, checked against the spec. */
class SchemasTest {

    private static List<WireType<?, ?>> descriptions() throws IllegalAccessException {
        List<WireType<?, ?>> all = new ArrayList<>();
        for (Class<?> holder : List.of(Schemas.class, BetaSchemas.class)) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == WireType.class) {
                    all.add((WireType<?, ?>) field.get(null));
                }
            }
        }
        return all;
    }

    private static Set<String> fieldsWhere(Predicate<WireField<?, ?, ?>> test) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (WireType<?, ?> type : descriptions()) {
            for (WireField<?, ?, ?> field : type.fields()) {
                if (test.test(field)) {
                    names.add(type.javaName() + "." + field.name());
                }
            }
        }
        return names;
    }

    @Test
    void exactlyTheSecretsAreSecret() throws IllegalAccessException {
        assertThat(fieldsWhere(WireField::isSecret)).containsExactly(
                "ClientSecret.value",
                "ClientSecretResponse.value",
                "McpTool.authorization",
                "McpTool.headers",
                "TranslationClientSecretResponse.value");
    }

    @Test
    void exactlyTheFieldsTheLibraryRequiresAreRequired() throws IllegalAccessException {
        assertThat(fieldsWhere(WireField::isRequired)).containsExactly(
                "ClientSecretRequest.session",
                "FunctionTool.name",
                "McpTool.server_label",
                "Prompt.id",
                "PromptVariable.InputText.text",
                "TranslationClientSecretRequest.session",
                "TranslationSessionConfig.audio",
                "TranslationSessionConfig.model",
                "Truncation.RetentionRatio.retention_ratio");
    }

    @Test
    void exactlyTheFieldsAnAnswerCannotDoWithoutAreEssential() throws IllegalAccessException {
        assertThat(fieldsWhere(WireField::isEssential)).containsExactly(
                "ClientSecret.expires_at",
                "ClientSecret.value",
                "ClientSecretResponse.expires_at",
                "ClientSecretResponse.value",
                "RealtimeSessionCreateResponse.client_secret",
                "TranslationClientSecretResponse.expires_at",
                "TranslationClientSecretResponse.value");
    }

    @Test
    void everyWireNameIsSnakeCaseAndEveryJavaNameIsUnique() throws IllegalAccessException {
        Set<String> javaNames = new TreeSet<>();
        for (WireType<?, ?> type : descriptions()) {
            assertThat(javaNames.add(type.javaName())).as("%s described once", type.javaName()).isTrue();
            for (WireField<?, ?, ?> field : type.fields()) {
                assertThat(field.name()).as("%s.%s", type.javaName(), field.name()).matches("[a-z][a-z0-9_]*");
            }
        }
    }

    @Test
    void theRealtimeSessionConfigurationHasTheSpecsFieldsAndItsTypeConstant() {
        assertThat(Schemas.REALTIME_SESSION_CONFIG.fields()).extracting(WireField::name).containsExactlyInAnyOrder(
                "type", "model", "output_modalities", "instructions", "audio", "include", "tracing", "tools",
                "tool_choice", "parallel_tool_calls", "reasoning", "max_output_tokens", "truncation", "prompt");
        assertThat(Schemas.REALTIME_SESSION_CONFIG.field("type").constant()).isEqualTo("realtime");
        assertThat(Schemas.TRANSCRIPTION_SESSION_CONFIG.field("type").constant()).isEqualTo("transcription");
        assertThat(Schemas.TRANSCRIPTION_SESSION_CONFIG.fields()).extracting(WireField::name)
                .containsExactly("type", "audio", "include");
        assertThat(Schemas.TRANSLATION_SESSION_CONFIG.field("type")).as("a translation request has no type").isNull();
        assertThat(Schemas.TRANSLATION_SESSION.field("type").constant()).isEqualTo("translation");
        assertThat(Schemas.FUNCTION_TOOL.field("type").constant()).isEqualTo("function");
        assertThat(Schemas.MCP_TOOL.field("type").constant()).isEqualTo("mcp");
        assertThat(Schemas.RETENTION_RATIO.field("type").constant()).isEqualTo("retention_ratio");
    }

    @Test
    void theBetaRequestHasTheBetaFields() {
        assertThat(BetaSchemas.SESSION_REQUEST.fields()).extracting(WireField::name).containsExactly(
                "model", "modalities", "instructions", "voice", "input_audio_format", "output_audio_format",
                "input_audio_transcription", "input_audio_noise_reduction", "turn_detection", "tools", "tool_choice",
                "temperature", "max_response_output_tokens", "speed", "tracing", "client_secret");
        assertThat(BetaSchemas.SESSION_RESPONSE.keepsExtraFields()).isTrue();
        assertThat(BetaSchemas.SESSION_REQUEST.keepsExtraFields()).isFalse();
    }

    // -------------------------------------------------------------------------------------------------- patterns

    @ParameterizedTest
    @ValueSource(strings = {"a", "get_weather", "Get-Weather_2", "0", "_", "-"})
    void functionNamesOfTheAllowedCharacters(String name) {
        assertThat(Schemas.FUNCTION_NAME.matcher(name).matches()).isTrue();
        assertThat(Schemas.FUNCTION_NAME.matcher("a".repeat(64)).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "get weather", "get.weather", "m\u00e9t\u00e9o", "f\n", "a/b"})
    void functionNamesOfOtherCharactersDoNotMatch(String name) {
        assertThat(Schemas.FUNCTION_NAME.matcher(name).matches()).isFalse();
        assertThat(Schemas.FUNCTION_NAME.matcher("a".repeat(65)).matches()).isFalse();
    }

    @Test
    void theTunnelIdPatternIsTheSpecs() {
        assertThat(Schemas.TUNNEL_ID.pattern()).isEqualTo("tunnel_[a-z0-9]{32}");
        assertThat(Schemas.TUNNEL_ID.matcher("tunnel_" + "a1".repeat(16)).matches()).isTrue();
        assertThat(Schemas.TUNNEL_ID.matcher("tunnel_" + "A1".repeat(16)).matches()).isFalse();
        assertThat(Schemas.TUNNEL_ID.matcher("tunnel_" + "a".repeat(31)).matches()).isFalse();
        assertThat(Schemas.TUNNEL_ID.matcher("tunnel_" + "a".repeat(33)).matches()).isFalse();
    }

    // -------------------------------------------------------------------------------------------------- safety id

    static Stream<Arguments> safetyIdentifiers() {
        return Stream.of(
                argumentSet("blank", " ", new Violation("OpenAI-Safety-Identifier", "must not be blank", null)),
                argumentSet("empty", "", new Violation("OpenAI-Safety-Identifier", "must not be blank", null)),
                argumentSet("513 characters", "a".repeat(513),
                        new Violation("OpenAI-Safety-Identifier", "must be at most 512 characters", "513 characters")),
                argumentSet("a control character", "user\n1", new Violation("OpenAI-Safety-Identifier",
                        "must be printable ASCII without control characters (send a hash of the user's id)", null)),
                argumentSet("DEL", "user\u007f", new Violation("OpenAI-Safety-Identifier",
                        "must be printable ASCII without control characters (send a hash of the user's id)", null)),
                argumentSet("non-ASCII", "j\u00fcrgen", new Violation("OpenAI-Safety-Identifier",
                        "must be printable ASCII without control characters (send a hash of the user's id)", null)));
    }

    @ParameterizedTest
    @MethodSource("safetyIdentifiers")
    void aSafetyIdentifierBreakingARuleIsReportedWithoutItsValue(String identifier, Violation expected) {
        Violations violations = new Violations();

        Schemas.checkSafetyIdentifier(identifier, violations);

        assertThat(violations.list()).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "5f2b8c1e9a7d", "user hash with spaces", "~!@#$%^&*()"})
    void aPrintableSafetyIdentifierOfAtMost512CharactersPasses(String identifier) {
        Violations violations = new Violations();

        Schemas.checkSafetyIdentifier(identifier, violations);
        Schemas.checkSafetyIdentifier(null, violations);
        Schemas.checkSafetyIdentifier("x".repeat(512), violations);

        assertThat(violations.list()).isEmpty();
    }
}
