package io.github.realtimesessions.model.beta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.realtimesessions.model.beta.internal.BetaSchemas;
import io.github.realtimesessions.model.internal.WireKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The beta {@link ToolChoice}: a mode or a function name, both plain strings on the wire. */
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

    @ParameterizedTest
    @ValueSource(strings = {"auto", "none", "required"})
    void aFunctionCannotBeNamedLikeAMode(String mode) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ToolChoice.function(mode))
                .withMessageContaining("tool_choice cannot name a function \"" + mode + "\"")
                .withMessageEndingWith("use ToolChoice." + mode.toUpperCase(java.util.Locale.ROOT));
        assertThat(ToolChoice.of(mode)).isInstanceOf(ToolChoice.Mode.class);
    }

    @Test
    void nullAndBlankAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> ToolChoice.of(null));
        assertThatNullPointerException().isThrownBy(() -> ToolChoice.function(null)).withMessage("tool_choice must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> ToolChoice.of("")).withMessage("tool_choice must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> ToolChoice.function("  "))
                .withMessage("tool_choice must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new ToolChoice.Mode(" "))
                .withMessage("tool_choice must not be blank");
    }

    @Test
    void aConstructedModeEqualsTheConstantAndAFunctionPrintsItsWireValue() {
        assertThat(new ToolChoice.Mode("none")).isEqualTo(ToolChoice.NONE);
        assertThat(ToolChoice.function("get_weather")).hasToString("get_weather");
    }

    @Test
    void theWireFormIsTheStringBothWays() {
        @SuppressWarnings("unchecked")
        WireKind.Mapped<String, ToolChoice> kind = (WireKind.Mapped<String, ToolChoice>) BetaSchemas.TOOL_CHOICE;

        assertThat(kind.wire()).isSameAs(WireKind.TEXT);
        assertThat(kind.decode().apply("none")).isSameAs(ToolChoice.NONE);
        assertThat(kind.decode().apply("lookup")).isEqualTo(ToolChoice.function("lookup"));
        assertThat(kind.encode().apply(ToolChoice.function("lookup"))).isEqualTo("lookup");
        assertThat(kind.encode().apply(ToolChoice.REQUIRED)).isEqualTo("required");
    }
}
