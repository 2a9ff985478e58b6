package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Every link of this repository's markdown (README.md, docs/, every module's *.md) leads somewhere: relative links to
 * files of the repository (not build output), anchors to headings, external links over https. The rules:
 * {@link LinkCheck}.
 */
class LinksTest {

    @Test
    void everyLinkOfTheDocumentationLeadsSomewhere() {
        DocsCheck check = RealRepository.check();
        LinkReport report = check.checkLinks();
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
