package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Prompt} and {@link PromptVariable}. */
class PromptTest {

    @Test
    void ofSetsOnlyTheId() {
        Prompt prompt = Prompt.of("pmpt_1");

        assertThat(prompt.id()).isEqualTo("pmpt_1");
        assertThat(prompt.versionSetting()).isNull();
        assertThat(prompt.variablesSetting()).isNull();
        assertThat(prompt).hasToString("Prompt[id=pmpt_1]");
    }

    @Test
    void variablesAreAnOrderedImmutableCopy() {
        Map<String, PromptVariable> variables = new LinkedHashMap<>();
        variables.put("zeta", PromptVariable.text("1"));
        variables.put("alpha", Samples.inputFile());

        Prompt prompt = Prompt.builder().id("p").variables(variables).build();
        variables.put("late", PromptVariable.text("x"));

        assertThat(prompt.variables().keySet()).containsExactly("zeta", "alpha");
        assertThat(prompt.variables()).isUnmodifiable();
    }

    @Test
    void variablesGivenAsASettingAreFrozenToo() {
        Map<String, PromptVariable> variables = new HashMap<>(Map.of("city", PromptVariable.text("Paris")));
        Prompt prompt = Prompt.builder().id("p").variablesSetting(Setting.enabled(variables)).build();
        int hash = prompt.hashCode();

        variables.put("country", PromptVariable.text("France"));

        assertThat(prompt.variables()).containsOnlyKeys("city").isUnmodifiable();
        assertThat(prompt.hashCode()).isEqualTo(hash);
    }

    @Test
    void aNullVariableIsRejectedWithItsName() {
        Map<String, PromptVariable> variables = new HashMap<>();
        variables.put("city", null);

        assertThatNullPointerException().isThrownBy(() -> Prompt.builder().variables(variables))
                .withMessage("variables.city must not be null");
    }

    @Test
    void aTextVariableIsItsString() {
        assertThat(PromptVariable.text("Paris")).isEqualTo(new PromptVariable.Text("Paris")).hasToString("Paris");
        assertThat(PromptVariable.text("Paris").value()).isEqualTo("Paris");
        assertThatNullPointerException().isThrownBy(() -> PromptVariable.text(null))
                .withMessage("a prompt variable needs a value");
    }

    @Test
    void theExplicitCacheBreakpointIsTheSpecsObject() {
        assertThat(PromptVariable.EXPLICIT_CACHE_BREAKPOINT).isEqualTo(JsonObject.parse("{\"mode\":\"explicit\"}"));
    }
}
