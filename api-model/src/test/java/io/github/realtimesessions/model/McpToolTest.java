package io.github.realtimesessions.model;

import static io.github.realtimesessions.model.Samples.MCP_HEADER_VALUE;
import static io.github.realtimesessions.model.Samples.MCP_TOKEN;
import static io.github.realtimesessions.model.Samples.assertNoFragmentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link McpTool}: its secrets, and the immutability of what its builder is given. */
class McpToolTest {

    @Test
    void toStringRedactsTheAuthorizationAndTheHeaders() {
        McpTool tool = Samples.mcpTool();

        String text = tool.toString();

        assertThat(text).contains("authorization=<redacted>", "headers=<redacted>", "server_label=docs");
        assertNoFragmentOf(MCP_TOKEN, text);
        assertNoFragmentOf(MCP_HEADER_VALUE, text);
        assertThat(text).doesNotContain("X-Api-Key");
        assertThat(tool.authorization()).isEqualTo(MCP_TOKEN);
        assertThat(tool.headers()).containsEntry("X-Api-Key", MCP_HEADER_VALUE);
    }

    @Test
    void theSecretsStayRedactedInsideEveryTypeThatHoldsTheTool() {
        for (Object holder : List.of(Samples.realtimeSessionConfig(), Samples.clientSecretRequest(),
                Samples.realtimeSession().toBuilder().tools(Samples.mcpTool()).build(),
                Samples.clientSecretResponse().toBuilder()
                        .session(Samples.realtimeSession().toBuilder().tools(Samples.mcpTool()).build()).build(),
                CallRequest.of(CallRequestTest.OFFER, Samples.realtimeSessionConfig()))) {
            String text = holder.toString();

            assertThat(text).as(holder.getClass().getSimpleName()).contains("authorization=<redacted>");
            assertNoFragmentOf(MCP_TOKEN, text);
            assertNoFragmentOf(MCP_HEADER_VALUE, text);
        }
    }

    @Test
    void headersGivenAsAMapAreCopied() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Z", "1");
        headers.put("A", "2");

        McpTool tool = McpTool.builder().serverLabel("d").serverUrl("u").headers(headers).build();
        headers.put("B", "3");

        assertThat(tool.headers().keySet()).containsExactly("Z", "A");
        assertThat(tool.headers()).isUnmodifiable();
    }

    @Test
    void headersGivenAsASettingAreFrozenToo() {
        Map<String, String> headers = new HashMap<>(Map.of("A", "1"));
        McpTool tool = McpTool.builder().serverLabel("d").serverUrl("u").headersSetting(Setting.enabled(headers)).build();
        int hash = tool.hashCode();

        headers.put("B", "2");

        assertThat(tool.headers()).containsOnlyKeys("A").isUnmodifiable();
        assertThat(tool.hashCode()).isEqualTo(hash);
    }

    @Test
    void allowedCallersGivenAsAListOrASettingAreFrozen() {
        List<ToolCaller> callers = new ArrayList<>(List.of(ToolCaller.DIRECT));
        List<ToolCaller> viaSetting = new ArrayList<>(List.of(ToolCaller.DIRECT));

        McpTool direct = McpTool.builder().allowedCallers(callers).build();
        McpTool setting = McpTool.builder().allowedCallersSetting(Setting.enabled(viaSetting)).build();
        callers.add(ToolCaller.PROGRAMMATIC);
        viaSetting.add(ToolCaller.PROGRAMMATIC);

        assertThat(direct.allowedCallers()).containsExactly(ToolCaller.DIRECT).isUnmodifiable();
        assertThat(setting.allowedCallers()).containsExactly(ToolCaller.DIRECT).isUnmodifiable();
    }

    @Test
    void nullEntriesAreRejectedWithTheirName() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X", null);

        assertThatNullPointerException().isThrownBy(() -> McpTool.builder().headers(headers))
                .withMessage("headers.X must not be null");
        assertThatNullPointerException().isThrownBy(() -> McpTool.builder().allowedCallers(Arrays.asList(ToolCaller.DIRECT, null)))
                .withMessage("allowed_callers[1] must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> McpTool.builder().headersSetting(Setting.enabled(headers)).build())
                .withMessage("headers.X must not be null");
    }

    @Test
    void aDisabledSettingIsKeptAsItIs() {
        McpTool tool = McpTool.builder().headersSetting(Setting.disabled()).allowedCallersSetting(Setting.disabled()).build();

        assertThat(tool.headersSetting()).isSameAs(Setting.disabled());
        assertThat(tool.allowedCallersSetting()).isSameAs(Setting.disabled());
    }
}
