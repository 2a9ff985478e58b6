package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Values the open unions accept when a response is read, but a request may not send. */
class RequestOnlyRulesTest {

    @Test
    void aRequestMaySendOnlyTheInfKeyword() {
        assertThat(RealtimeSessionCreateRequest.builder().maxResponseOutputTokens(MaxOutputTokens.inf()).build()
                        .maxResponseOutputTokens())
                .isEqualTo(MaxOutputTokens.INF);
        assertThatThrownBy(() -> RealtimeSessionCreateRequest.builder()
                        .maxResponseOutputTokens(new MaxOutputTokens.Keyword("unlimited"))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("max_response_output_tokens must be between 1 and 4096, or \"inf\" (was \"unlimited\")");
    }

    @Test
    void aRequestMaySendOnlyTheAutoTracingMode() {
        assertThat(RealtimeSessionCreateRequest.builder().tracing(Tracing.auto()).build().tracing())
                .isEqualTo(Setting.enabled(Tracing.AUTO));
        assertThatThrownBy(() -> RealtimeSessionCreateRequest.builder()
                        .tracing(new Tracing.Mode("verbose"))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("tracing must be \"auto\", a configuration object, or disabled (was \"verbose\")");
        assertThat(RealtimeSessionCreateResponse.builder().tracing(new Tracing.Mode("verbose")).build().tracing())
                .isEqualTo(Setting.enabled(new Tracing.Mode("verbose")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "none", "required"})
    void aFunctionCannotBeNamedLikeAMode(String mode) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ToolChoice.function(mode))
                .withMessageContaining("tool_choice cannot name a function \"" + mode + "\"");
        assertThat(ToolChoice.of(mode)).isInstanceOf(ToolChoice.Mode.class);
    }

    @Test
    void theToolChoiceMessageListsToolsInDeclarationOrder() {
        assertThatThrownBy(() -> RealtimeSessionCreateRequest.builder()
                        .addTool(Tool.function("zeta", null, null))
                        .addTool(Tool.function("alpha", null, null))
                        .addTool(Tool.function("mu", null, null))
                        .toolChoice(ToolChoice.function("omega"))
                        .build())
                .hasMessageContaining("tool_choice must name one of the request's tools [zeta, alpha, mu]");
    }

    @Test
    void aFunctionChoicePrintsItsWireValue() {
        assertThat(ToolChoice.function("get_weather")).hasToString("get_weather");
    }

    @Test
    void aCustomNumberIsFrozenAsADecimal() {
        Tool tool = Tool.function("f", null, Map.of("n", new java.util.concurrent.atomic.AtomicLong(7)));
        assertThat(tool.parameters().get("n")).isEqualTo(new java.math.BigDecimal("7"));
    }
}
