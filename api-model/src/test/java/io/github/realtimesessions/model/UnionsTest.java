package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sealed unions {@link ToolChoice}, {@link MaxOutputTokens} and {@link Tracing}. */
class UnionsTest {

    @Nested
    class ToolChoiceTest {

        @Test
        void modeNamesGiveTheConstants() {
            assertThat(ToolChoice.of("auto")).isSameAs(ToolChoice.AUTO);
            assertThat(ToolChoice.of("none")).isSameAs(ToolChoice.NONE);
            assertThat(ToolChoice.of("required")).isSameAs(ToolChoice.REQUIRED);
        }

        @Test
        void constantsCarryTheirWireValues() {
            assertThat(ToolChoice.AUTO.wireValue()).isEqualTo("auto");
            assertThat(ToolChoice.NONE.wireValue()).isEqualTo("none");
            assertThat(ToolChoice.REQUIRED.wireValue()).isEqualTo("required");
            assertThat(ToolChoice.AUTO.value()).isEqualTo("auto");
            assertThat(ToolChoice.REQUIRED).hasToString("required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"get_weather", "Auto", "NONE", "auto ", "required2", "x", "a b"})
        void anyOtherStringIsAFunctionWithTheWireValueUnchanged(String value) {
            ToolChoice choice = ToolChoice.of(value);

            assertThat(choice).isInstanceOf(ToolChoice.Function.class);
            assertThat(choice.wireValue()).isEqualTo(value);
            assertThat(((ToolChoice.Function) choice).name()).isEqualTo(value);
            assertThat(choice).isEqualTo(ToolChoice.function(value)).isEqualTo(new ToolChoice.Function(value));
        }

        @Test
        void nullAndBlankAreRejected() {
            assertThatNullPointerException().isThrownBy(() -> ToolChoice.of(null));
            assertThatNullPointerException()
                    .isThrownBy(() -> ToolChoice.function(null))
                    .withMessage("tool_choice must not be null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ToolChoice.of(""))
                    .withMessage("tool_choice must not be blank");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ToolChoice.function("  "))
                    .withMessage("tool_choice must not be blank");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new ToolChoice.Mode(" "))
                    .withMessage("tool_choice must not be blank");
        }

        @Test
        void aConstructedModeEqualsTheConstant() {
            assertThat(new ToolChoice.Mode("none")).isEqualTo(ToolChoice.NONE);
        }
    }

    @Nested
    class MaxOutputTokensTest {

        @Test
        void ofGivesAnIntegerLimit() {
            MaxOutputTokens limit = MaxOutputTokens.of(200);

            assertThat(limit).isInstanceOf(MaxOutputTokens.Limit.class).isEqualTo(new MaxOutputTokens.Limit(200));
            assertThat(((MaxOutputTokens.Limit) limit).tokens()).isEqualTo(200);
            assertThat(limit).hasToString("200");
            assertThat(limit).isNotEqualTo(MaxOutputTokens.of(201));
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
            assertThatNullPointerException()
                    .isThrownBy(() -> new MaxOutputTokens.Keyword(null))
                    .withMessage("max_response_output_tokens must not be null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new MaxOutputTokens.Keyword(""))
                    .withMessage("max_response_output_tokens must not be blank");
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
            assertThatNullPointerException()
                    .isThrownBy(() -> new Tracing.Mode(null))
                    .withMessage("tracing must not be null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Tracing.Mode(" "))
                    .withMessage("tracing must not be blank");
        }

        @Test
        void ofGivesAConfiguration() {
            Tracing tracing = Tracing.of("support", "g1", Map.of("k", "v"));

            assertThat(tracing).isInstanceOf(Tracing.Configuration.class);
            Tracing.Configuration config = (Tracing.Configuration) tracing;
            assertThat(config.workflowName()).isEqualTo("support");
            assertThat(config.groupId()).isEqualTo("g1");
            assertThat(config.metadata()).containsExactly(Map.entry("k", "v"));
            assertThat(tracing).isEqualTo(new Tracing.Configuration("support", "g1", Map.of("k", "v")));
        }

        @Test
        void everyComponentMayBeAbsent() {
            Tracing.Configuration config = (Tracing.Configuration) Tracing.of(null, null, null);

            assertThat(config.workflowName()).isNull();
            assertThat(config.groupId()).isNull();
            assertThat(config.metadata()).isNull();
        }

        @Test
        void metadataIsADeepCopy() {
            List<Object> tags = new ArrayList<>(List.of("a", "b"));
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("tags", tags);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("customer", "acme");
            metadata.put("inner", inner);

            Tracing.Configuration config = (Tracing.Configuration) Tracing.of("wf", null, metadata);
            metadata.put("customer", "other");
            metadata.put("added", 1);
            inner.put("more", true);
            tags.add("c");

            assertThat(config.metadata()).containsOnlyKeys("customer", "inner");
            assertThat(config.metadata().get("customer")).isEqualTo("acme");
            assertThat(config.metadata().get("inner")).isEqualTo(Map.of("tags", List.of("a", "b")));
        }

        @Test
        void theConstructorCopiesMetadataDeeplyToo() {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("x", 1);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("inner", inner);

            Tracing.Configuration config = new Tracing.Configuration(null, null, metadata);
            inner.put("y", 2);

            assertThat(config.metadata()).isEqualTo(Map.of("inner", Map.of("x", 1)));
        }

        @Test
        @SuppressWarnings("unchecked")
        void metadataIsUnmodifiableAtEveryLevel() {
            Tracing.Configuration config = (Tracing.Configuration)
                    Tracing.of(null, null, Map.of("inner", Map.of("k", "v"), "list", List.of(1)));

            assertThatThrownBy(() -> config.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
            Map<String, Object> inner = (Map<String, Object>) config.metadata().get("inner");
            assertThatThrownBy(() -> inner.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
            List<Object> list = (List<Object>) config.metadata().get("list");
            assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void metadataErrorsNameTheTracingPath() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Tracing.of(null, null, Map.of("when", new Object())))
                    .withMessageStartingWith("tracing.metadata.when must be a JSON value");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Tracing.of(null, null, Map.of("ratio", Double.NaN)))
                    .withMessage("tracing.metadata.ratio must be a finite number, was NaN");
        }
    }
}
