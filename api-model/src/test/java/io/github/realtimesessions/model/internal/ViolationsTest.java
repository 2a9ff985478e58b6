package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.model.InvalidRequestException;
import io.github.realtimesessions.model.InvalidRequestException.Violation;
import org.junit.jupiter.api.Test;

/** {@link Violations}: JSON paths, one list per request, and the exception. */
class ViolationsTest {

    @Test
    void aViolationAtTheRootNamesItsMember() {
        Violations root = new Violations();

        root.add("speed", "must be positive", "0");

        assertThat(root.path()).isEmpty();
        assertThat(root.list()).containsExactly(new Violation("speed", "must be positive", "0"));
    }

    @Test
    void theRootItselfIsCalledTheRequest() {
        Violations root = new Violations();

        root.add("", "needs a session", null);

        assertThat(root.list()).containsExactly(new Violation("(request)", "needs a session", null));
    }

    @Test
    void membersAndIndexesComposeAJsonPath() {
        Violations root = new Violations();
        Violations tool = root.at("session").at("tools").at(2);

        tool.add("name", "is required", null);
        tool.add("", "needs a server", null);
        root.at(0).add("x", "rule", null);

        assertThat(tool.path()).isEqualTo("session.tools[2]");
        assertThat(root.list()).extracting(Violation::field)
                .containsExactly("session.tools[2].name", "session.tools[2]", "[0].x");
    }

    @Test
    void everyNestedCollectorAddsToTheOneList() {
        Violations root = new Violations();
        Violations audio = root.at("audio");

        audio.at("output").add("speed", "a", "1");
        root.add("model", "b", null);
        audio.add("input", "c", null);

        assertThat(root.list()).extracting(Violation::field).containsExactly("audio.output.speed", "model", "audio.input");
        assertThat(audio.list()).isEqualTo(root.list());
    }

    @Test
    void listIsAnUnmodifiableSnapshot() {
        Violations root = new Violations();
        root.add("a", "rule", null);

        var snapshot = root.list();
        root.add("b", "rule", null);

        assertThat(snapshot).hasSize(1).isUnmodifiable();
        assertThat(root.list()).hasSize(2);
    }

    @Test
    void throwIfAnyDoesNothingWithoutViolations() {
        assertThatCode(() -> new Violations().throwIfAny("thing")).doesNotThrowAnyException();
    }

    @Test
    void throwIfAnyThrowsEveryViolationNamingWhatWasBuilt() {
        Violations root = new Violations();
        root.at("audio").at("output").add("speed", "must be between 0.25 and 1.5", "2.0");
        root.add("model", "is required", null);

        assertThatThrownBy(() -> root.at("audio").throwIfAny("realtime session configuration"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).hasSize(2))
                .hasMessage("Invalid realtime session configuration: audio.output.speed must be between 0.25 and 1.5"
                        + " (was 2.0); model is required");
    }
}
