package io.github.realtimesessions.docs.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives headings, as its {@code github-slugger} computes them from the heading's rendered text.
 *
 * <ol>
 *   <li>The heading's markdown is rendered to plain text: code spans keep their content, links keep their text,
 *       images and HTML tags disappear, emphasis markers go, backslash escapes and character references are
 *       resolved.</li>
 *   <li>That text is lower-cased; every character but letters (any script), digits, combining marks, spaces,
 *       {@code -} and {@code _} is removed; each space becomes {@code -}.</li>
 *   <li>Within a file, a slug seen before gets {@code -1}, {@code -2}, ... appended (skipping suffixed slugs that
 *       exist already).</li>
 * </ol>
 * Examples: {@code What's new?} → {@code whats-new}; {@code `SessionCreator` & you} → {@code sessioncreator--you};
 * {@code Café 2.0} → {@code café-20}; a second {@code Usage} → {@code usage-1}.
 *
 * <p>An instance numbers duplicates: use one per markdown file. {@link #slugify(String)} is the stateless part.
 */
public final class GitHubSlugger {

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)]\\[[^\\]]*]");
    private static final Pattern HTML_TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][^>]*>");
    private static final Pattern EMPHASIS_UNDERSCORES = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);");
    private static final Map<String, String> NAMED_REFERENCES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0", "copy", "©");

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of the next heading of the file with this markdown text, numbering it if the slug was seen. */
    public String slug(String headingMarkdown) {
        String original = slugify(headingMarkdown);
        String slug = original;
        while (occurrences.containsKey(slug)) {
            int count = occurrences.merge(original, 1, Integer::sum);
            slug = original + "-" + count;
        }
        occurrences.put(slug, 0);
        return slug;
    }

    /** The slug of a heading with this markdown text, without duplicate numbering. */
    public static String slugify(String headingMarkdown) {
        String lower = plainText(headingMarkdown).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** The text GitHub renders for this heading markdown (what the slug is computed from). */
    public static String plainText(String headingMarkdown) {
        StringBuilder text = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(headingMarkdown);
        int at = 0;
        while (code.find()) {
            text.append(renderInline(headingMarkdown.substring(at, code.start())));
            String content = code.group(2);
            if (content.length() > 1 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                content = content.substring(1, content.length() - 1);
            }
            text.append(content);
            at = code.end();
        }
        text.append(renderInline(headingMarkdown.substring(at)));
        return text.toString().strip();
    }

    private static String renderInline(String markdown) {
        String text = HTML_TAG.matcher(markdown).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("");
        text = INLINE_LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = text.replace("*", "").replace("~~", "");
        text = EMPHASIS_UNDERSCORES.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return CHARACTER_REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(decode(match)));
    }

    private static String decode(java.util.regex.MatchResult reference) {
        String name = reference.group(1);
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return reference.group();
        }
        return NAMED_REFERENCES.getOrDefault(name, reference.group());
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
