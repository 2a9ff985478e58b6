package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.docs.check.MarkdownDocument.Line;
import io.github.realtimesessions.docs.check.TaggedSource.EndMissing;
import io.github.realtimesessions.docs.check.TaggedSource.Region;
import io.github.realtimesessions.docs.check.TaggedSource.TagFoundTwice;
import io.github.realtimesessions.docs.check.TaggedSource.TagNotFound;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaggedSourceTest {

    private static final TaggedSource SOURCE = TaggedSource.of("""
            class Example {
                void run() {
                    // snippet:run

                    if (ready) {   \s
                        go();
                    }

                    // end:run
                }
                // snippet:outer
                void outer() {
                    // snippet:inner
                    inner();
                    // end:inner
                }
                // end:outer
                // snippet:twice
                // end:twice
                // snippet:twice
                // end:twice
                //snippet:no-space-is-not-a-start
                // snippet: spaced
                // snippet:open
                void open() {}
            }
            """);

    @Test
    void theRegionIsTheLinesStrictlyBetweenTheMarkersDedentedAndTrimmed() {
        Region region = (Region) SOURCE.region("run");

        assertThat(region.startLine()).isEqualTo(3);
        assertThat(region.endLine()).isEqualTo(9);
        assertThat(region.lines()).containsExactly(
                new Line(5, "if (ready) {"), new Line(6, "    go();"), new Line(7, "}"));
    }

    @Test
    void theMarkerLinesOfANestedRegionAreNotPartOfTheOuterRegion() {
        Region outer = (Region) SOURCE.region("outer");

        assertThat(outer.lines()).extracting(Line::text).containsExactly("void outer() {", "    inner();", "}");
        assertThat(((Region) SOURCE.region("inner")).lines()).extracting(Line::text).containsExactly("inner();");
    }

    @Test
    void aTagWithoutStartLineIsNotFoundAndTheFileTagsAreNamed() {
        assertThat(SOURCE.region("farewell")).isInstanceOfSatisfying(TagNotFound.class,
                notFound -> assertThat(notFound.tags()).contains("run", "outer", "inner", "twice", "open"));
        assertThat(SOURCE.region("no-space-is-not-a-start")).isInstanceOf(TagNotFound.class);
        assertThat(SOURCE.region("spaced")).isEqualTo(new TagNotFound(
                Set.of("run", "outer", "inner", "twice", "open"),
                List.of(23)));
    }

    @Test
    void aTagStartedTwiceIsReportedWithBothLines() {
        assertThat(SOURCE.region("twice")).isEqualTo(new TagFoundTwice(List.of(18, 20)));
    }

    @Test
    void aStartWithoutEndIsReported() {
        assertThat(SOURCE.region("open")).isEqualTo(new EndMissing(24));
    }

    @Test
    void normalizingABlockKeepsItsIndentationButDropsTrailingWhitespaceAndOuterBlankLines() {
        assertThat(TaggedSource.normalize(List.of(
                new Line(1, ""), new Line(2, "  a  "), new Line(3, "    b"), new Line(4, "   ")), false))
                .containsExactly(new Line(2, "  a"), new Line(3, "    b"));
    }
}
