package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of this repository's markdown (README.md, docs/, every module's *.md) is, line for line, a
 * tagged region of a compiled source. The marker and region format: {@link SnippetCheck}.
 */
class SnippetsTest {

    @Test
    void everyJavaBlockOfTheDocumentationIsATaggedRegionOfACompiledSource() {
        DocsCheck check = RealRepository.check();
        SnippetReport report = check.checkSnippets();
        System.out.println(report.summary() + " in " + check.repository().root());

        assertThat(report.markdownFiles())
                .as("README.md at the repository root %s is checked (else this test would pass vacuously)",
                        check.repository().root())
                .contains("README.md");
        if (!report.failures().isEmpty()) {
            fail(report.failureReport());
        }
    }
}
