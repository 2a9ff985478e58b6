package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.InvalidRequestException.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link InvalidRequestException} and its {@link Violation}s. */
class InvalidRequestExceptionTest {

    @Test
    void anEmptyListIsRejected() {
        assertThatThrownBy(() -> new InvalidRequestException(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("an InvalidRequestException needs at least one violation");
        assertThatThrownBy(() -> new InvalidRequestException("thing", List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThat(new InvalidRequestException(List.of(new Violation("speed", "must be positive", "0"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMessageListsEveryViolationAndNamesWhatWasBuilt() {
        List<Violation> violations = List.of(
                new Violation("speed", "must be between 0.25 and 1.5", "2.0"),
                new Violation("tools[0].name", "is required", null));

        assertThat(new InvalidRequestException(violations)).hasMessage("Invalid request: "
                + "speed must be between 0.25 and 1.5 (was 2.0); tools[0].name is required");
        assertThat(new InvalidRequestException("realtime session request", violations))
                .hasMessage("Invalid realtime session request: "
                        + "speed must be between 0.25 and 1.5 (was 2.0); tools[0].name is required");
    }

    @Test
    void violationsAreAnUnmodifiableCopyInOrder() {
        Violation first = new Violation("a", "rule a", "1");
        Violation second = new Violation("b", "rule b", null);
        List<Violation> source = new ArrayList<>(List.of(first, second));

        InvalidRequestException e = new InvalidRequestException(source);
        source.clear();

        assertThat(e.violations()).containsExactly(first, second);
        assertThatThrownBy(() -> e.violations().add(first)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void violationToStringShowsTheActualValueWhenThereIsOne() {
        assertThat(new Violation("temperature", "must be between 0.6 and 1.2", "1.21"))
                .hasToString("temperature must be between 0.6 and 1.2 (was 1.21)");
        assertThat(new Violation("modalities", "must not be empty", null)).hasToString("modalities must not be empty");
    }

    @Test
    void violationNeedsAFieldAndARule() {
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "rule", "x")).withMessage("field");
        assertThatNullPointerException().isThrownBy(() -> new Violation("field", null, "x")).withMessage("rule");
    }

    @Test
    void violationsAreEqualByValue() {
        assertThat(new Violation("f", "r", "a")).isEqualTo(new Violation("f", "r", "a"))
                .hasSameHashCodeAs(new Violation("f", "r", "a"))
                .isNotEqualTo(new Violation("f", "r", "b"))
                .isNotEqualTo(new Violation("f", "r", null))
                .isNotEqualTo(new Violation("g", "r", "a"));
    }

    @Test
    void theExceptionSerializesWithItsViolations() throws Exception {
        InvalidRequestException e = new InvalidRequestException("x", List.of(new Violation("f", "r", "a")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }

        InvalidRequestException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (InvalidRequestException) in.readObject();
        }

        assertThat(copy).hasMessage(e.getMessage());
        assertThat(copy.violations()).isEqualTo(e.violations());
    }
}
