package io.github.realtimesessions.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's testkit section shows the example files of this package verbatim (without their package line), so
 * the documented example is the one that compiles and passes here.
 */
class ReadmeInSyncTest {

    private static final Path SOURCES = Path.of("src/test/java/io/github/realtimesessions/testkit/readme");
    private static final Path README = Path.of("../README.md");

    @ParameterizedTest
    @ValueSource(strings = {"TokenBroker.java", "ReadmeExampleTest.java", "ReadmeServerExampleTest.java"})
    void documentationShowsTheExampleVerbatim(String file) throws IOException {
        String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8)
                .replaceFirst("^package [^;]+;\\R\\R", "")
                .stripTrailing();
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme.contains("```java\n" + source + "\n```"))
                .as(file + " shown verbatim in " + README)
                .isTrue();
    }
}
