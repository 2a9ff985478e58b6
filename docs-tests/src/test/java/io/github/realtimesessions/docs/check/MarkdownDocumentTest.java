package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.realtimesessions.docs.check.MarkdownDocument.FencedBlock;
import io.github.realtimesessions.docs.check.MarkdownDocument.Line;
import io.github.realtimesessions.docs.check.MarkdownDocument.Link;
import io.github.realtimesessions.docs.check.MarkdownDocument.LinkForm;
import io.github.realtimesessions.docs.check.MarkdownDocument.ReferenceUse;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {

    @Test
    void findsBacktickAndTildeFencesWithTheirInfoStringAndLines() {
        MarkdownDocument document = MarkdownDocument.parse("""
                Text.
                ```java
                int a;
                ```
                ~~~~ Java title="X.java"
                ```
                still inside
                ~~~~
                """);

        assertThat(document.fencedBlocks())
                .extracting(FencedBlock::openingLine, FencedBlock::closingLine, FencedBlock::language)
                .containsExactly(tuple(2, 4, "java"), tuple(5, 8, "java"));
        assertThat(document.fencedBlocks().get(1).content()).extracting(Line::text)
                .containsExactly("```", "still inside");
    }

    @Test
    void removesTheIndentationOfAFenceInsideAListItemFromItsContent() {
        MarkdownDocument document = MarkdownDocument.parse("""
                1. Step:

                   ```java
                   if (ready) {
                       go();
                   }
                   ```
                """);

        FencedBlock block = document.fencedBlocks().get(0);
        assertThat(block.openingLine()).isEqualTo(3);
        assertThat(block.content()).extracting(Line::text).containsExactly("if (ready) {", "    go();", "}");
        assertThat(block.precedingLine()).isEqualTo(new Line(1, "1. Step:"));
    }

    @Test
    void aFenceClosesOnlyWithTheSameCharacterAtLeastAsLong() {
        MarkdownDocument document = MarkdownDocument.parse("""
                ````sh
                ```
                ~~~~
                ````
                ```
                never closed
                ~~~
                """);

        assertThat(document.fencedBlocks())
                .extracting(FencedBlock::openingLine, FencedBlock::closingLine, FencedBlock::isClosed)
                .containsExactly(tuple(1, 4, true), tuple(5, 0, false));
    }

    @Test
    void findsInlineLinksImagesAutolinksAndHtmlLinks() {
        MarkdownDocument document = MarkdownDocument.parse("""
                A [link](a.md "title"), an ![image](img/b.png), [angle](<c d.md>), [parens](e_(f).md),
                [![badge](badge.svg)](https://ci.example.com), <https://example.com/x>, <team@example.com>,
                <a href="g.md">g</a> and <img src="h.png">.
                """);

        assertThat(document.links()).extracting(Link::line, Link::form, Link::target).containsExactly(
                tuple(1, LinkForm.INLINE, "a.md"),
                tuple(1, LinkForm.IMAGE, "img/b.png"),
                tuple(1, LinkForm.INLINE, "c d.md"),
                tuple(1, LinkForm.INLINE, "e_(f).md"),
                tuple(2, LinkForm.IMAGE, "badge.svg"),
                tuple(2, LinkForm.INLINE, "https://ci.example.com"),
                tuple(2, LinkForm.AUTOLINK, "https://example.com/x"),
                tuple(2, LinkForm.AUTOLINK, "mailto:team@example.com"),
                tuple(3, LinkForm.HTML, "g.md"),
                tuple(3, LinkForm.HTML, "h.png"));
    }

    @Test
    void aLinkInsideInlineCodeAFenceOrACommentIsNoLink() {
        MarkdownDocument document = MarkdownDocument.parse("""
                `[a](a.md)` and ``[b](`b`.md)`` and \\[c](c.md) <!-- [d](d.md) --> [e](e.md)
                <!-- [f](f.md)
                [g](g.md) --> [h](h.md)
                ```
                [i](i.md)
                ```
                Unclosed backtick ` is literal: [j](j.md)
                """);

        assertThat(document.links()).extracting(Link::target).containsExactly("e.md", "h.md", "j.md");
    }

    @Test
    void aLinkTextMayStartOnAnEarlierLineOfItsParagraph() {
        MarkdownDocument document = MarkdownDocument.parse("""
                See [the long
                text](a.md).

                b](b.md) has no opening bracket in its paragraph.
                """);

        assertThat(document.links()).extracting(Link::line, Link::target).containsExactly(tuple(2, "a.md"));
    }

    @Test
    void findsReferenceDefinitionsAndUses() {
        MarkdownDocument document = MarkdownDocument.parse("""
                See [the guide][Guide  Ref], [Other][] and ![logo][logo].

                [guide ref]: docs/guide.md "The guide"
                  [logo]: <img/logo.svg>
                [^note]: a footnote, not a definition
                """);

        assertThat(document.referenceUses()).extracting(ReferenceUse::line, ReferenceUse::label)
                .containsExactly(tuple(1, "Guide  Ref"), tuple(1, "Other"), tuple(1, "logo"));
        assertThat(document.links()).extracting(Link::line, Link::form, Link::target).containsExactly(
                tuple(3, LinkForm.DEFINITION, "docs/guide.md"),
                tuple(4, LinkForm.DEFINITION, "img/logo.svg"));
        assertThat(document.definesLabel("GUIDE REF")).isTrue();
        assertThat(document.definesLabel("other")).isFalse();
    }

    @Test
    void anchorsAreTheSlugsOfAtxAndSetextHeadingsAndExplicitAnchors() {
        MarkdownDocument document = MarkdownDocument.parse("""
                ---
                title: front matter, not a heading
                ---
                # Title #
                ## Usage
                ## Usage
                Setext heading
                ==============
                - a list item
                ---
                <a id="explicit"></a> <a name='named'></a>
                ```
                # not a heading
                ```
                <!-- ## not a heading either -->
                """);

        assertThat(document.anchors())
                .containsExactly("title", "usage", "usage-1", "setext-heading", "explicit", "named");
    }

    @Test
    void collectsCommentLinesOutsideFencesAsMarkerCandidates() {
        MarkdownDocument document = MarkdownDocument.parse("""
                <!-- snippet: a/src/main/java/A.java#a -->
                ```text
                <!-- snippet: inside a fence -->
                ```
                   <!-- snippet: indented -->
                """);

        assertThat(document.commentLines()).extracting(Line::number).containsExactly(1, 5);
    }

    @Test
    void theLanguageIsTheFirstWordOfTheInfoStringInLowerCase() {
        List<String> languages = MarkdownDocument.parse("""
                ```Java title="A.java"
                ```
                ```{.java}
                ```
                ```javascript
                ```
                ```
                ```
                """).fencedBlocks().stream().map(FencedBlock::language).toList();

        assertThat(languages).containsExactly("java", "java", "javascript", "");
    }
}
