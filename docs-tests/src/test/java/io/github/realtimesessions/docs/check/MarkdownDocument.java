package io.github.realtimesessions.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a markdown file the checks need, found line by line (no markdown library): fenced blocks, links,
 * reference definitions and uses, headings and explicit anchors.
 *
 * <ul>
 *   <li>Fences open with three or more {@code `} or {@code ~} at any indentation (so fences inside list items count),
 *       and close with a line of the same character, at least as long, and nothing else. The opening fence's
 *       indentation is removed from the content lines, as CommonMark does. A fence never closed runs to the end of
 *       the file.</li>
 *   <li>Inside fences nothing is a link or a heading. Neither is anything inside inline code spans (a run of
 *       backticks up to the next run of the same length, on the same line) or HTML comments.</li>
 *   <li>Links: inline {@code [text](target "title")}, images {@code ![alt](target)}, reference definitions
 *       {@code [id]: target}, uses {@code [text][id]} and {@code [text][]}, autolinks {@code <https://...>} and
 *       {@code <someone@example.com>}, and HTML {@code <a href="...">} / {@code <img src="...">}. Bare URLs in text
 *       (GitHub's autolink extension) are not links here.</li>
 *   <li>Headings: ATX ({@code ## Title}) and setext (a paragraph line underlined with {@code ===} or {@code ---});
 *       a YAML front matter block at the top is skipped. Explicit anchors: {@code <a id="...">} and
 *       {@code <a name="...">}.</li>
 * </ul>
 */
public final class MarkdownDocument {

    /** A line of the file: its 1-based number and its text. */
    public record Line(int number, String text) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /**
     * A fenced code block.
     *
     * @param openingLine   the line of the opening fence
     * @param closingLine   the line of the closing fence, or 0 when the block is never closed
     * @param info          the info string after the opening fence, stripped ({@code java title="X.java"})
     * @param content       the lines between the fences, the opening fence's indentation removed
     * @param precedingLine the nearest non-blank line before the opening fence, or {@code null} at the top of the file
     */
    public record FencedBlock(int openingLine, int closingLine, String info, List<Line> content, Line precedingLine) {

        private static final Pattern LANGUAGE = Pattern.compile("^\\{?\\.?([^\\s{},]+)");

        /** The first word of the info string, lower-cased ({@code java} for {@code Java title="X"}), or {@code ""}. */
        public String language() {
            Matcher matcher = LANGUAGE.matcher(info);
            return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
        }

        public boolean isJava() {
            return language().equals("java");
        }

        public boolean isClosed() {
            return closingLine > 0;
        }
    }

    /** How a link is written. */
    public enum LinkForm {
        INLINE("link"), IMAGE("image"), DEFINITION("reference definition"), AUTOLINK("autolink"), HTML("HTML link");

        private final String description;

        LinkForm(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** A link target, as written (backslash escapes removed, {@code <...>} brackets removed). */
    public record Link(int line, LinkForm form, String target) {
    }

    /** A {@code [text][label]} or {@code [label][]} use, which needs a {@code [label]: target} definition. */
    public record ReferenceUse(int line, String label) {
    }

    /** A heading, with its markdown text ({@code `SessionCreator` & you}). */
    public record Heading(int line, String text) {
    }

    private static final Pattern FENCE_OPENING = Pattern.compile("^([ \\t]*)(`{3,}|~{3,})(.*)$");
    private static final Pattern FENCE_CLOSING = Pattern.compile("^[ \\t]*(`{3,}|~{3,})[ \\t]*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?=[ \\t]|$)(.*)$");
    private static final Pattern ATX_CLOSING_SEQUENCE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern LIST_ITEM_OR_QUOTE = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)]|>)(?:[ \\t]|$)");
    private static final Pattern DEFINITION =
            Pattern.compile("^[ \\t]*\\[((?:[^\\]\\\\^]|\\\\.)(?:[^\\]\\\\]|\\\\.)*)]:[ \\t]*(<[^>]*>|\\S*)");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*)>");
    private static final Pattern EMAIL_AUTOLINK = Pattern.compile(
            "<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>");
    private static final Pattern HTML_TAG = Pattern.compile("<(a|img)\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ATTRIBUTE =
            Pattern.compile("\\b(href|src|id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPED_PUNCTUATION = Pattern.compile("\\\\(\\p{Punct})");

    private final List<FencedBlock> fencedBlocks = new ArrayList<>();
    private final List<Line> commentLines = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<ReferenceUse> referenceUses = new ArrayList<>();
    private final Set<String> definedLabels = new LinkedHashSet<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<String> explicitAnchors = new ArrayList<>();

    private MarkdownDocument() {
    }

    public static MarkdownDocument read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static MarkdownDocument parse(String text) {
        return parse(text.lines().toList());
    }

    public static MarkdownDocument parse(List<String> lines) {
        MarkdownDocument document = new MarkdownDocument();
        document.scan(lines);
        return document;
    }

    /** Every fenced block, in order, whatever its language. */
    public List<FencedBlock> fencedBlocks() {
        return List.copyOf(fencedBlocks);
    }

    /** The lines outside fences that start (trimmed) with {@code <!--}: where snippet markers are looked for. */
    public List<Line> commentLines() {
        return List.copyOf(commentLines);
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    public List<ReferenceUse> referenceUses() {
        return List.copyOf(referenceUses);
    }

    /** Whether {@code [label]: target} is defined (labels match case-insensitively, whitespace collapsed). */
    public boolean definesLabel(String label) {
        return definedLabels.contains(normalizeLabel(label));
    }

    public List<Heading> headings() {
        return List.copyOf(headings);
    }

    /**
     * The anchors a {@code #fragment} may name: the GitHub slugs of the headings (duplicates numbered), then the
     * explicit {@code <a id>} / {@code <a name>} anchors.
     */
    public Set<String> anchors() {
        GitHubSlugger slugger = new GitHubSlugger();
        Set<String> anchors = new LinkedHashSet<>();
        for (Heading heading : headings) {
            anchors.add(slugger.slug(heading.text()));
        }
        anchors.addAll(explicitAnchors);
        return anchors;
    }

    private void scan(List<String> lines) {
        int first = skipFrontMatter(lines);
        boolean inComment = false;
        OpenFence open = null;
        Line lastNonBlank = null;
        Line paragraph = null; // the paragraph line a setext underline would turn into a heading
        String before = ""; // the visible text of the paragraph's earlier lines, where a link's text may start
        for (int index = first; index < lines.size(); index++) {
            Line line = new Line(index + 1, lines.get(index));
            String raw = line.text();
            if (open != null) {
                if (open.closedBy(raw)) {
                    fencedBlocks.add(open.close(line.number()));
                    open = null;
                } else {
                    open.content.add(new Line(line.number(), removeIndentation(raw, open.indent)));
                }
                lastNonBlank = line.isBlank() ? lastNonBlank : line;
                continue;
            }
            Matcher fence = FENCE_OPENING.matcher(raw);
            if (!inComment && fence.matches() && (fence.group(2).charAt(0) == '~' || !fence.group(3).contains("`"))) {
                open = new OpenFence(line.number(), fence.group(1).length(), fence.group(2), fence.group(3).strip(),
                        lastNonBlank);
                lastNonBlank = line;
                paragraph = null;
                before = "";
                continue;
            }
            if (!inComment && raw.strip().startsWith("<!--")) {
                commentLines.add(line);
            }
            Masked masked = mask(raw, inComment);
            inComment = masked.inCommentAfter();
            String visible = masked.text();
            if (!line.isBlank()) {
                lastNonBlank = line;
            }
            if (visible.isBlank()) {
                paragraph = null;
                before = "";
                continue;
            }
            Matcher atx = ATX_HEADING.matcher(visible);
            if (atx.matches()) {
                String text = raw.substring(atx.start(1));
                headings.add(new Heading(line.number(), ATX_CLOSING_SEQUENCE.matcher(text).replaceFirst("").strip()));
                scanInline(line.number(), "", visible);
                paragraph = null;
                before = "";
                continue;
            }
            if (paragraph != null && SETEXT_UNDERLINE.matcher(visible).matches()) {
                headings.add(new Heading(paragraph.number(), paragraph.text().strip()));
                paragraph = null;
                before = "";
                continue;
            }
            Matcher definition = DEFINITION.matcher(visible);
            if (definition.find()) {
                definedLabels.add(normalizeLabel(definition.group(1)));
                links.add(new Link(line.number(), LinkForm.DEFINITION, unescape(unbracket(definition.group(2)))));
                paragraph = null;
                before = "";
                continue;
            }
            boolean listItemOrQuote = LIST_ITEM_OR_QUOTE.matcher(visible).find();
            if (listItemOrQuote) {
                before = "";
            }
            scanInline(line.number(), before, visible);
            before = before + visible + "\n";
            boolean notParagraph = listItemOrQuote || visible.strip().startsWith("|")
                    || THEMATIC_BREAK.matcher(visible).matches();
            paragraph = notParagraph ? null : line;
        }
        if (open != null) {
            fencedBlocks.add(open.close(0));
        }
    }

    private static int skipFrontMatter(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.equals("---") || line.equals("...")) {
                return index + 1;
            }
        }
        return 0;
    }

    /**
     * The links of a line ({@code visible}: code spans and comments blanked), whose text may have started on the
     * earlier lines of its paragraph ({@code before}).
     */
    private void scanInline(int lineNumber, String before, String visible) {
        String paragraphText = before + visible;
        int offset = before.length();
        StringBuilder rest = new StringBuilder(visible);
        for (int at = visible.indexOf("]("); at >= 0; at = visible.indexOf("](", at + 1)) {
            int opening = matchingOpeningBracket(paragraphText, offset + at);
            if (isEscaped(visible, at) || opening < 0) {
                continue;
            }
            Destination destination = destination(visible, at + 2);
            if (destination == null) {
                continue;
            }
            boolean image = opening > 0 && paragraphText.charAt(opening - 1) == '!'
                    && !isEscaped(paragraphText, opening - 1);
            links.add(new Link(lineNumber, image ? LinkForm.IMAGE : LinkForm.INLINE, destination.target()));
            for (int i = at + 1; i < destination.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String remaining = rest.toString();
        for (int at = remaining.indexOf("]["); at >= 0; at = remaining.indexOf("][", at + 1)) {
            int close = remaining.indexOf(']', at + 2);
            if (isEscaped(remaining, at) || close < 0 || remaining.substring(at + 2, close).contains("[")) {
                continue;
            }
            String label = remaining.substring(at + 2, close);
            String text = before + remaining;
            int opening = matchingOpeningBracket(text, offset + at);
            if (opening < 0) {
                continue;
            }
            if (label.isBlank()) {
                label = text.substring(opening + 1, offset + at);
            }
            referenceUses.add(new ReferenceUse(lineNumber, label));
        }
        Matcher autolink = AUTOLINK.matcher(remaining);
        while (autolink.find()) {
            links.add(new Link(lineNumber, LinkForm.AUTOLINK, autolink.group(1)));
        }
        Matcher email = EMAIL_AUTOLINK.matcher(remaining);
        while (email.find()) {
            links.add(new Link(lineNumber, LinkForm.AUTOLINK, "mailto:" + email.group(1)));
        }
        Matcher tag = HTML_TAG.matcher(remaining);
        while (tag.find()) {
            boolean anchorTag = tag.group(1).equalsIgnoreCase("a");
            Matcher attribute = HTML_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                if (anchorTag && name.equals("href") || !anchorTag && name.equals("src")) {
                    links.add(new Link(lineNumber, LinkForm.HTML, value.strip()));
                } else if (anchorTag && (name.equals("id") || name.equals("name"))) {
                    explicitAnchors.add(value);
                }
            }
        }
    }

    private record Destination(String target, int end) {
    }

    /** The link destination (and optional title) starting at {@code from}, up to its closing {@code )}; or null. */
    private static Destination destination(String text, int from) {
        int at = skipSpaces(text, from);
        String target;
        if (at < text.length() && text.charAt(at) == '<') {
            int close = text.indexOf('>', at);
            if (close < 0) {
                return null;
            }
            target = text.substring(at + 1, close);
            at = close + 1;
        } else {
            int start = at;
            int depth = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    at += 2;
                    continue;
                }
                if (c == ' ' || c == '\t' || c == ')' && depth == 0) {
                    break;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                at++;
            }
            target = text.substring(start, at);
        }
        at = skipSpaces(text, at);
        if (at < text.length() && "\"'(".indexOf(text.charAt(at)) >= 0) {
            char closing = text.charAt(at) == '(' ? ')' : text.charAt(at);
            int close = text.indexOf(closing, at + 1);
            if (close < 0) {
                return null;
            }
            at = skipSpaces(text, close + 1);
        }
        if (at >= text.length() || text.charAt(at) != ')') {
            return null;
        }
        return new Destination(unescape(target), at + 1);
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The {@code [} that the {@code ]} at {@code close} closes, or -1. */
    private static int matchingOpeningBracket(String text, int close) {
        int depth = 0;
        for (int at = close - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (isEscaped(text, at)) {
                continue;
            }
            if (c == ']') {
                depth++;
            } else if (c == '[') {
                if (depth == 0) {
                    return at;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isEscaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private record Masked(String text, boolean inCommentAfter) {
    }

    /** The line with inline code spans and HTML comments blanked out (same length, so columns still match). */
    private static Masked mask(String raw, boolean inComment) {
        StringBuilder text = new StringBuilder(raw);
        int at = 0;
        while (at < raw.length()) {
            if (inComment) {
                int end = raw.indexOf("-->", at);
                int stop = end < 0 ? raw.length() : end + 3;
                blank(text, at, stop);
                at = stop;
                inComment = end < 0;
                continue;
            }
            char c = raw.charAt(at);
            if (c == '\\') {
                at += 2;
            } else if (raw.startsWith("<!--", at)) {
                inComment = true;
            } else if (c == '`') {
                int run = runLength(raw, at, '`');
                int close = closingBacktickRun(raw, at + run, run);
                if (close >= 0) {
                    blank(text, at, close + run);
                    at = close + run;
                } else {
                    at += run;
                }
            } else {
                at++;
            }
        }
        return new Masked(text.toString(), inComment);
    }

    private static int closingBacktickRun(String text, int from, int length) {
        int at = text.indexOf('`', from);
        while (at >= 0) {
            int run = runLength(text, at, '`');
            if (run == length) {
                return at;
            }
            at = text.indexOf('`', at + run);
        }
        return -1;
    }

    private static int runLength(String text, int from, char c) {
        int end = from;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    private static String removeIndentation(String line, int indentation) {
        int at = 0;
        while (at < indentation && at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return line.substring(at);
    }

    private static String unbracket(String target) {
        return target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1) : target;
    }

    private static String unescape(String target) {
        return ESCAPED_PUNCTUATION.matcher(target).replaceAll("$1").strip();
    }

    static String normalizeLabel(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class OpenFence {
        final int openingLine;
        final int indent;
        final String fence;
        final String info;
        final Line precedingLine;
        final List<Line> content = new ArrayList<>();

        OpenFence(int openingLine, int indent, String fence, String info, Line precedingLine) {
            this.openingLine = openingLine;
            this.indent = indent;
            this.fence = fence;
            this.info = info;
            this.precedingLine = precedingLine;
        }

        boolean closedBy(String line) {
            Matcher closing = FENCE_CLOSING.matcher(line);
            return closing.matches()
                    && closing.group(1).charAt(0) == fence.charAt(0)
                    && closing.group(1).length() >= fence.length();
        }

        FencedBlock close(int closingLine) {
            return new FencedBlock(openingLine, closingLine, info, List.copyOf(content), precedingLine);
        }
    }
}
