package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.realtimesessions.docs.check.Failure.Kind;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkCheck} on the planted miniatures: the clean one passes (every form of link, anchors by GitHub's slugs,
 * links in code, fences and comments ignored), and in the broken one each file under {@code docs/links/} is reported
 * once, at the right line, with the right kind.
 */
class LinkCheckFixturesTest {

    private static final LinkReport BROKEN = CheckFixtures.check("broken").checkLinks();

    @Test
    void theCleanMiniaturePassesWithEveryLinkChecked() {
        LinkReport report = CheckFixtures.check("clean").checkLinks();

        assertThat(report.failures()).as(report.failureReport()).isEmpty();
        assertThat(report.linksChecked()).isEqualTo(34);
    }

    @Test
    void theBrokenMiniatureReportsExactlyOneFailurePerPlantedFile() {
        assertThat(BROKEN.failures()).extracting(Failure::file, Failure::line, Failure::kind).containsExactly(
                tuple("docs/links/build-output.md", 3, Kind.LINK_TO_BUILD_OUTPUT),
                tuple("docs/links/empty-link.md", 3, Kind.EMPTY_LINK),
                tuple("docs/links/insecure-http.md", 3, Kind.INSECURE_URL),
                tuple("docs/links/invalid-url.md", 3, Kind.INVALID_URL),
                tuple("docs/links/missing-anchor-elsewhere.md", 3, Kind.ANCHOR_NOT_FOUND),
                tuple("docs/links/missing-anchor.md", 5, Kind.ANCHOR_NOT_FOUND),
                tuple("docs/links/missing-file.md", 3, Kind.LINK_TARGET_NOT_FOUND),
                tuple("docs/links/outside-root.md", 3, Kind.LINK_OUTSIDE_REPOSITORY),
                tuple("docs/links/undefined-reference.md", 3, Kind.UNDEFINED_REFERENCE),
                tuple("docs/links/unsupported-scheme.md", 3, Kind.UNSUPPORTED_SCHEME));
    }

    @Test
    void aMissingFileIsNamedRelativeToTheRoot() {
        assertThat(message("missing-file.md")).isEqualTo("docs/links/missing-file.md:3: link `guide.md` leads to"
                + " docs/links/guide.md, which does not exist");
    }

    @Test
    void aLinkAboveTheRootFails() {
        assertThat(message("outside-root.md"))
                .contains("link `../../../shared/DESIGN.md` climbs above the repository root");
    }

    @Test
    void aLinkIntoTargetIsBuildOutputEvenWhenNothingIsBuiltYet() {
        assertThat(message("build-output.md")).contains("leads to lib/target/lib.jar, which git ignores (target/)")
                .contains("must not link build output");
    }

    @Test
    void aMisspelledAnchorSuggestsTheHeading() {
        assertThat(message("missing-anchor.md")).contains("no heading of this file has the anchor #configuraton")
                .contains("(did you mean #configuration?)");
    }

    @Test
    void anAnchorOfAnotherMarkdownFileIsCheckedAgainstItsHeadings() {
        assertThat(message("missing-anchor-elsewhere.md"))
                .contains("link `../../README.md#modules`: no heading of README.md has the anchor #modules");
    }

    @Test
    void anUndefinedReferenceLabelIsNamed() {
        assertThat(message("undefined-reference.md")).contains("reference link [nowhere] has no definition");
    }

    @Test
    void plainHttpIsInsecureOutsideLocalhost() {
        assertThat(message("insecure-http.md")).contains("autolink `http://example.com/docs` uses http");
    }

    @Test
    void aMalformedUrlIsInvalid() {
        assertThat(message("invalid-url.md")).contains("link `https://example.com/a%zz` is not a valid URI");
    }

    @Test
    void otherSchemesAreUnsupported() {
        assertThat(message("unsupported-scheme.md")).contains("link `ftp://example.com/lib.jar`: only https:");
    }

    @Test
    void anEmptyTargetIsReported() {
        assertThat(message("empty-link.md")).contains("link with an empty target");
    }

    private static String message(String file) {
        return BROKEN.failures().stream()
                .filter(failure -> failure.file().equals("docs/links/" + file))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure for " + file + " in:\n" + BROKEN.failureReport()))
                .toString();
    }
}
