package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small sealed unions of the GA model: {@link MaxOutputTokens}, {@link Tracing}, {@link ToolChoice},
 * {@link Truncation}, {@link McpApproval}, {@link McpAllowedTools}, and the unknown variants of the discriminated ones.
 */
class UnionsTest {

    @Nested
    class MaxOutputTokensTest {

        @Test
        void ofGivesAnIntegerLimit() {
            MaxOutputTokens limit = MaxOutputTokens.of(200);

            assertThat(limit).isInstanceOf(MaxOutputTokens.Limit.class).isEqualTo(new MaxOutputTokens.Limit(200));
            assertThat(((MaxOutputTokens.Limit) limit).tokens()).isEqualTo(200);
            assertThat(limit).hasToString("200").isNotEqualTo(MaxOutputTokens.of(201));
        }

        @Test
        void ofAcceptsAnyIntegerSoThatResponsesDecode() {
            assertThat(MaxOutputTokens.of(0)).hasToString("0");
            assertThat(MaxOutputTokens.of(100_000)).hasToString("100000");
            assertThat(MaxOutputTokens.of(-1)).hasToString("-1");
        }

        @Test
        void infIsTheKeywordConstant() {
            assertThat(MaxOutputTokens.inf()).isSameAs(MaxOutputTokens.INF);
            assertThat(MaxOutputTokens.INF.value()).isEqualTo("inf");
            assertThat(MaxOutputTokens.INF).hasToString("inf");
            assertThat(new MaxOutputTokens.Keyword("inf")).isEqualTo(MaxOutputTokens.INF);
        }

        @Test
        void anotherKeywordRoundTripsUnchanged() {
            MaxOutputTokens.Keyword keyword = new MaxOutputTokens.Keyword("unlimited");

            assertThat(keyword.value()).isEqualTo("unlimited");
            assertThat(keyword).hasToString("unlimited").isNotEqualTo(MaxOutputTokens.INF);
        }

        @Test
        void keywordRejectsNullAndBlank() {
            assertThatNullPointerException().isThrownBy(() -> new MaxOutputTokens.Keyword(null))
                    .withMessage("max_output_tokens must not be null");
            assertThatIllegalArgumentException().isThrownBy(() -> new MaxOutputTokens.Keyword(""))
                    .withMessage("max_output_tokens must not be blank");
        }
    }

    @Nested
    class TracingTest {

        @Test
        void autoIsTheModeConstant() {
            assertThat(Tracing.auto()).isSameAs(Tracing.AUTO);
            assertThat(Tracing.AUTO.value()).isEqualTo("auto");
            assertThat(Tracing.AUTO).hasToString("auto");
            assertThat(new Tracing.Mode("auto")).isEqualTo(Tracing.AUTO);
        }

        @Test
        void modeRejectsNullAndBlank() {
            assertThatNullPointerException().isThrownBy(() -> new Tracing.Mode(null)).withMessage("tracing must not be null");
            assertThatIllegalArgumentException().isThrownBy(() -> new Tracing.Mode(" ")).withMessage("tracing must not be blank");
        }

        @Test
        void ofGivesAConfiguration() {
            JsonObject metadata = JsonObject.builder().put("k", "v").build();

            Tracing.Configuration config = Tracing.of("support", "g1", metadata);

            assertThat(config.workflowName()).isEqualTo("support");
            assertThat(config.groupId()).isEqualTo("g1");
            assertThat(config.metadata()).isSameAs(metadata);
            assertThat(config).isEqualTo(new Tracing.Configuration("support", "g1", JsonObject.parse("{\"k\":\"v\"}")));
        }

        @Test
        void everyComponentMayBeAbsent() {
            Tracing.Configuration config = Tracing.of(null, null, null);

            assertThat(config.workflowName()).isNull();
            assertThat(config.groupId()).isNull();
            assertThat(config.metadata()).isNull();
        }

        @Test
        void metadataIsImmutableJson() {
            List<Object> tags = new ArrayList<>(List.of("a", "b"));
            Tracing.Configuration config = Tracing.of("wf", null, JsonObject.from(java.util.Map.of("tags", tags)));

            tags.add("c");

            assertThat(config.metadata().toJson()).isEqualTo("{\"tags\":[\"a\",\"b\"]}");
            assertThat(config.metadata().members()).isUnmodifiable();
        }

        @Test
        void withMetadataReplacesOnlyTheMetadata() {
            Tracing.Configuration config = Tracing.of("wf", "g", null);

            Tracing.Configuration changed = config.withMetadata(JsonObject.parse("{\"a\":1}"));

            assertThat(changed).isEqualTo(Tracing.of("wf", "g", JsonObject.parse("{\"a\":1}")));
            assertThat(config.metadata()).isNull();
            assertThatNullPointerException().isThrownBy(() -> config.withMetadata(null)).withMessage("metadata");
        }
    }

    @Nested
    class ToolChoiceTest {

        @Test
        void theModesAreConstants() {
            assertThat(ToolChoice.AUTO.value()).isEqualTo("auto");
            assertThat(ToolChoice.NONE).hasToString("none");
            assertThat(ToolChoice.REQUIRED).isEqualTo(new ToolChoice.Mode("required"));
        }

        @Test
        void aFunctionOrAnMcpToolIsNamed() {
            assertThat(ToolChoice.function("get_weather")).isEqualTo(new ToolChoice.Function("get_weather"));
            assertThat(ToolChoice.function("get_weather").name()).isEqualTo("get_weather");
            assertThat(ToolChoice.mcp("docs", "search")).isEqualTo(new ToolChoice.Mcp("docs", "search"));
            assertThat(ToolChoice.mcp("docs", null).name()).isNull();
            assertThat(ToolChoice.mcp("docs", null).serverLabel()).isEqualTo("docs");
        }

        @Test
        void namesMustBePresentAndNotBlank() {
            assertThatNullPointerException().isThrownBy(() -> ToolChoice.function(null))
                    .withMessage("tool_choice.name must not be null");
            assertThatIllegalArgumentException().isThrownBy(() -> ToolChoice.function(" "))
                    .withMessage("tool_choice.name must not be blank");
            assertThatNullPointerException().isThrownBy(() -> ToolChoice.mcp(null, "x"))
                    .withMessage("tool_choice.server_label must not be null");
            assertThatIllegalArgumentException().isThrownBy(() -> ToolChoice.mcp("", "x"))
                    .withMessage("tool_choice.server_label must not be blank");
            assertThatIllegalArgumentException().isThrownBy(() -> new ToolChoice.Mode(""))
                    .withMessage("tool_choice must not be blank");
        }

        @ParameterizedTest
        @ValueSource(strings = {"auto", "none", "required"})
        void aFunctionMayBeCalledLikeAModeBecauseTheGaFormIsAnObject(String name) {
            assertThat(ToolChoice.function(name)).isNotEqualTo(new ToolChoice.Mode(name));
        }
    }

    @Nested
    class TruncationTest {

        @Test
        void theModesAreConstants() {
            assertThat(Truncation.AUTO).hasToString("auto");
            assertThat(Truncation.DISABLED.value()).isEqualTo("disabled");
            assertThat(new Truncation.Mode("auto")).isEqualTo(Truncation.AUTO);
            assertThatIllegalArgumentException().isThrownBy(() -> new Truncation.Mode(" "))
                    .withMessage("truncation must not be blank");
        }

        @Test
        void retentionRatioSetsOnlyTheRatio() {
            Truncation.RetentionRatio ratio = Truncation.retentionRatio(0.8);

            assertThat(ratio.retentionRatio()).isEqualTo(0.8);
            assertThat(ratio.tokenLimits()).isNull();
            assertThat(ratio).isEqualTo(Truncation.RetentionRatio.builder().retentionRatio(0.8).build());
            assertThat(ratio).hasToString("Truncation.RetentionRatio[retention_ratio=0.8]");
        }
    }

    @Nested
    class McpUnionsTest {

        @Test
        void approvalModes() {
            assertThat(McpApproval.ALWAYS).hasToString("always");
            assertThat(McpApproval.NEVER).isEqualTo(new McpApproval.Mode("never"));
            assertThatNullPointerException().isThrownBy(() -> new McpApproval.Mode(null))
                    .withMessage("require_approval must not be null");
        }

        @Test
        void allowedToolNamesAreAnImmutableCopy() {
            List<String> names = new ArrayList<>(List.of("search"));

            McpAllowedTools.Names allowed = new McpAllowedTools.Names(names);
            names.add("delete");

            assertThat(allowed.names()).containsExactly("search").isUnmodifiable();
            assertThat(McpAllowedTools.names("a", "b").names()).containsExactly("a", "b");
            assertThatNullPointerException().isThrownBy(() -> new McpAllowedTools.Names(null)).withMessage("allowed_tools");
            assertThatNullPointerException().isThrownBy(() -> new McpAllowedTools.Names(Arrays.asList("a", null)))
                    .withMessage("allowed_tools[1] must not be null");
        }
    }

    @Nested
    class UnknownVariantsTest {

        @Test
        void anUnknownTurnDetectionKeepsItsJsonAndType() {
            TurnDetection.Unknown unknown = new TurnDetection.Unknown(JsonObject.parse("{\"type\":\"future_vad\",\"x\":1}"));

            assertThat(unknown.type()).isEqualTo("future_vad");
            assertThat(new TurnDetection.Unknown(JsonObject.parse("{\"x\":1}")).type()).isNull();
            assertThat(new TurnDetection.Unknown(JsonObject.parse("{\"type\":7}")).type()).isNull();
            assertThatNullPointerException().isThrownBy(() -> new TurnDetection.Unknown(null)).withMessage("json");
            assertThat(Samples.serverVad().type()).isEqualTo("server_vad");
            assertThat(Samples.semanticVad().type()).isEqualTo("semantic_vad");
        }

        @Test
        void unknownToolsAndPromptVariablesKeepTheirJson() {
            JsonObject json = JsonObject.parse("{\"type\":\"web_search\"}");

            assertThat(new Tool.Unknown(json).json()).isSameAs(json);
            assertThat(new PromptVariable.Unknown(json).json()).isSameAs(json);
            assertThatNullPointerException().isThrownBy(() -> new Tool.Unknown(null)).withMessage("json");
            assertThatNullPointerException().isThrownBy(() -> new PromptVariable.Unknown(null)).withMessage("json");
        }

        @Test
        void anUnknownSessionReadsTypeIdAndExpiryFromItsJson() {
            Session.Unknown session = new Session.Unknown(
                    JsonObject.parse("{\"type\":\"live\",\"id\":\"sess_9\",\"expires_at\":1742188264}"));

            assertThat(session.type()).isEqualTo("live");
            assertThat(session.id()).isEqualTo("sess_9");
            assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1742188264));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{}", "{\"expires_at\":0}", "{\"expires_at\":-5}", "{\"expires_at\":1.5}",
                "{\"expires_at\":\"1742188264\"}", "{\"expires_at\":31556889864403200}", "{\"expires_at\":1e400}"})
        void anUnknownSessionWithoutAUsableExpiryHasNone(String json) {
            assertThat(new Session.Unknown(JsonObject.parse(json)).expiresAt()).isNull();
        }

        @Test
        void theLatestInstantIsAUsableExpiry() {
            assertThat(new Session.Unknown(JsonObject.parse("{\"expires_at\":31556889864403199}")).expiresAt())
                    .isEqualTo(Instant.MAX.minusNanos(999_999_999));
            assertThat(new Session.Unknown(JsonObject.parse("{\"id\":1}")).id()).isNull();
        }

        @Test
        void theKnownSessionsNameTheirType() {
            assertThat(Samples.realtimeSession().type()).isEqualTo("realtime");
            assertThat(Samples.transcriptionSession().type()).isEqualTo("transcription");
            assertThat(Samples.translationSession().type()).isEqualTo("translation");
            assertThat(Samples.realtimeSessionConfig().type()).isEqualTo("realtime");
            assertThat(Samples.transcriptionSessionConfig().type()).isEqualTo("transcription");
        }
    }
}
