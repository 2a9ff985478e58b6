package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubSluggerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            What's new?                              | whats-new
            `SessionCreator` & you                   | sessioncreator--you
            Café 2.0                                 | café-20
            Transport: Apache HttpClient 5           | transport-apache-httpclient-5
            Errors, retries and timeouts             | errors-retries-and-timeouts
            The `realtime-sessions` command line tool | the-realtime-sessions-command-line-tool
            snake_case_names stay                    | snake_case_names-stay
            _Emphasis_ and **strong** go             | emphasis-and-strong-go
            [Linked](docs/x.md) text                 | linked-text
            Badge ![ci](https://x/ci.svg) here       | badge--here
            Über Größe                               | über-größe
            日本語の見出し                             | 日本語の見出し
            Q&amp;A                                  | qa
            C\\# escapes                             | c-escapes
            Emoji 🚀 launch                           | emoji--launch
            "  Trimmed  "                            | trimmed
            """)
    void slugsAHeadingAsGitHubDoes(String heading, String slug) {
        assertThat(GitHubSlugger.slugify(heading)).isEqualTo(slug);
    }

    @Test
    void numbersRepeatedSlugsFromOne() {
        GitHubSlugger slugger = new GitHubSlugger();

        assertThat(slugger.slug("Usage")).isEqualTo("usage");
        assertThat(slugger.slug("Usage")).isEqualTo("usage-1");
        assertThat(slugger.slug("Usage")).isEqualTo("usage-2");
        assertThat(slugger.slug("usage?")).isEqualTo("usage-3");
    }

    @Test
    void skipsANumberedSlugThatAHeadingAlreadyHas() {
        GitHubSlugger slugger = new GitHubSlugger();

        assertThat(slugger.slug("Usage 1")).isEqualTo("usage-1");
        assertThat(slugger.slug("Usage")).isEqualTo("usage");
        assertThat(slugger.slug("Usage")).isEqualTo("usage-2");
    }

    @Test
    void rendersCodeSpansToTheirContent() {
        assertThat(GitHubSlugger.plainText("The `a_b` of ``x ` y``")).isEqualTo("The a_b of x ` y");
    }
}
