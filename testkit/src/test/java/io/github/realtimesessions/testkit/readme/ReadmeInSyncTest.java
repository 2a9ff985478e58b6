package io.github.realtimesessions.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's testkit section shows the example files of this package verbatim (without their package line), so
 * the documented example is the one that compiles and passes here.
 */
class ReadmeInSyncTest {

    private static final Path SOURCES = Path.of("src/test/java/io/github/realtimesessions/testkit/readme");
    private static final List<Path> DOCUMENTS = List.of(Path.of("../README.md"), Path.of("../docs/testkit.md"));

    @ParameterizedTest
    @ValueSource(strings = {"TokenBroker.java", "ReadmeExampleTest.java", "ReadmeServerExampleTest.java"})
    void documentationShowsTheExampleVerbatim(String file) throws IOException {
        String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8)
                .replaceFirst("^package [^;]+;\\R\\R", "")
                .stripTrailing();
        List<Path> present = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            if (Files.isRegularFile(document)) {
                present.add(document);
            }
        }
        Assumptions.assumeFalse(present.isEmpty(), "no README.md or docs/testkit.md next to this module");

        boolean shown = false;
        for (Path document : present) {
            shown |= Files.readString(document, StandardCharsets.UTF_8).contains("```java\n" + source + "\n```");
        }

        assertThat(shown).as(file + " shown verbatim in one of " + present).isTrue();
    }
}
