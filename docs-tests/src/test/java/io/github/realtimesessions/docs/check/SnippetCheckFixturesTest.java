package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.realtimesessions.docs.check.Failure.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SnippetCheck} on the planted miniatures: the clean one passes, and in the broken one each file under
 * {@code docs/snippets/} is reported once, at the right line, with the right kind and a message that says what to do.
 */
class SnippetCheckFixturesTest {

    private static final SnippetReport BROKEN = CheckFixtures.check("broken").checkSnippets();

    @Test
    void theCleanMiniaturePassesWithEveryJavaBlockCompared() {
        SnippetReport report = CheckFixtures.check("clean").checkSnippets();

        assertThat(report.failures()).as(report.failureReport()).isEmpty();
        assertThat(report.javaBlocks()).isEqualTo(5);
        assertThat(report.markdownFiles()).containsExactly("README.md", "docs/guide.md", "lib/NOTES.md");
    }

    @Test
    void theBrokenMiniatureReportsExactlyOneFailurePerPlantedFile() {
        assertThat(BROKEN.failures()).extracting(Failure::file, Failure::line, Failure::kind).containsExactly(
                tuple("docs/snippets/end-missing.md", 3, Kind.END_MISSING),
                tuple("docs/snippets/file-not-found.md", 3, Kind.FILE_NOT_FOUND),
                tuple("docs/snippets/invalid-tag.md", 3, Kind.INVALID_TAG),
                tuple("docs/snippets/malformed-marker.md", 3, Kind.MALFORMED_MARKER),
                tuple("docs/snippets/marker-without-block.md", 3, Kind.MARKER_WITHOUT_BLOCK),
                tuple("docs/snippets/no-marker.md", 5, Kind.NO_MARKER),
                tuple("docs/snippets/not-compiled.md", 3, Kind.NOT_A_COMPILED_SOURCE),
                tuple("docs/snippets/path-outside.md", 3, Kind.PATH_OUTSIDE_REPOSITORY),
                tuple("docs/snippets/region-differs.md", 8, Kind.REGION_DIFFERS),
                tuple("docs/snippets/tag-found-twice.md", 3, Kind.TAG_FOUND_TWICE),
                tuple("docs/snippets/tag-not-found.md", 3, Kind.TAG_NOT_FOUND),
                tuple("docs/snippets/unclosed-fence.md", 3, Kind.UNCLOSED_FENCE));
        assertThat(BROKEN.javaBlocks()).isEqualTo(10);
    }

    @Test
    void aJavaBlockWithoutMarkerIsReportedAtItsFenceEvenWhenTheInfoStringIsCapitalizedWithAttributes() {
        assertThat(message("no-marker.md")).startsWith("docs/snippets/no-marker.md:5: java block without a snippet"
                + " marker: put <!-- snippet: <path from the repository root>#<tag> --> on the line before the fence");
    }

    @Test
    void aMarkerWithoutTagIsMalformedAndTheFormatIsShown() {
        assertThat(message("malformed-marker.md"))
                .contains("malformed snippet marker `<!-- snippet: lib/src/main/java/com/example/lib/Greeter.java -->`")
                .contains("<!-- snippet: <path from the repository root>#<tag> -->");
    }

    @Test
    void anInvalidTagIsNamedWithTheTagRule() {
        assertThat(message("invalid-tag.md")).contains("snippet tag `Greet_Someone` is not valid")
                .contains("[a-z0-9][a-z0-9-]*");
    }

    @Test
    void aMarkerFollowedByABlockOfAnotherLanguageIsReported() {
        assertThat(message("marker-without-block.md")).contains("snippet marker not followed by a java block")
                .contains("the block after it, at line 4, is `xml`");
    }

    @Test
    void anUnclosedFenceIsReportedAtItsOpening() {
        assertThat(message("unclosed-fence.md")).contains("fenced block opened here is never closed");
    }

    @Test
    void aPathAboveTheRootIsOutsideTheRepository() {
        assertThat(message("path-outside.md"))
                .contains("snippet path `../outside/Greeter.java` is outside the repository");
    }

    @Test
    void aMissingSourceIsNamed() {
        assertThat(message("file-not-found.md"))
                .contains("snippet source `lib/src/main/java/com/example/lib/Missing.java` not found");
    }

    @Test
    void aSourceOfADirectoryTheRootPomDoesNotListIsNotCompiled() {
        assertThat(message("not-compiled.md")).contains("is not compiled by the build")
                .contains("its module `unlisted` is not listed in the <modules> of the root pom.xml");
    }

    @Test
    void aMissingTagIsReportedWithTheTagsTheSourceHas() {
        assertThat(message("tag-not-found.md"))
                .contains("no line `// snippet:farewell` in lib/src/main/java/com/example/lib/Greeter.java")
                .contains("(its tags: greet, twice, unterminated)");
    }

    @Test
    void aTagStartedTwiceIsReportedWithBothSourceLines() {
        assertThat(message("tag-found-twice.md")).contains("`// snippet:twice` appears 2 times in")
                .contains("at lines 13, 19");
    }

    @Test
    void aRegionWithoutEndIsReportedWithItsStartLine() {
        assertThat(message("end-missing.md")).contains(
                "`// snippet:unterminated` at lib/src/main/java/com/example/lib/Greeter.java:25 has no"
                        + " `// end:unterminated` line after it");
    }

    @Test
    void aDifferingBlockShowsTheFirstDifferingLineOfEachSideWithLineNumbersAndADiff() {
        assertThat(message("region-differs.md")).isEqualTo("""
                docs/snippets/region-differs.md:8: java block differs from its snippet \
                lib/src/main/java/com/example/lib/Greeter.java#greet (the region is lines 7-10 of the source); \
                first difference:
                    block  docs/snippets/region-differs.md:8                |     String greeting = "Hi, " + name;
                    region lib/src/main/java/com/example/lib/Greeter.java:8 |     String greeting = "Hello, " + name;
                    diff (- block, + region):
                       public String greet(String name) {
                      -    String greeting = "Hi, " + name;
                      +    String greeting = "Hello, " + name;
                           return greeting;
                       }
                    fix: copy the region into the block, or change the example if the documentation is right""");
    }

    @Test
    void aBlockThatStopsShortIsReportedAtItsClosingFence(@TempDir Path root) throws IOException {
        Path clean = CheckFixtures.root("clean");
        Files.copy(clean.resolve("pom.xml"), root.resolve("pom.xml"));
        Path greeter = Path.of("lib/src/main/java/com/example/lib/Greeter.java");
        Files.createDirectories(root.resolve(greeter).getParent());
        Files.copy(clean.resolve(greeter), root.resolve(greeter));
        Files.writeString(root.resolve("README.md"), """
                <!-- snippet: lib/src/main/java/com/example/lib/Greeter.java#greet -->
                ```java
                public String greet(String name) {
                ```
                """);

        List<Failure> failures = DocsCheck.of(root).checkSnippets().failures();

        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.line()).isEqualTo(4);
            assertThat(failure.message()).contains("block  README.md:4").contains("(block ends here)")
                    .contains("region lib/src/main/java/com/example/lib/Greeter.java:8 |     return \"Hello, \" + name;");
        });
    }

    private static String message(String file) {
        return BROKEN.failures().stream()
                .filter(failure -> failure.file().equals("docs/snippets/" + file))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + file + " in:\n" + BROKEN.failureReport()))
                .toString();
    }
}
