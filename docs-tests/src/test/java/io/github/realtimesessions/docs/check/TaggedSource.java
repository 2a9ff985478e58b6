package io.github.realtimesessions.docs.check;

import io.github.realtimesessions.docs.check.MarkdownDocument.Line;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Java source file with tagged regions, as {@link SnippetCheck} describes them:
 *
 * <pre>{@code
 *     // snippet:create-session
 *     ClientSecret secret = creator.create(request);
 *     // end:create-session
 * }</pre>
 *
 * <p>The region of a tag is the lines strictly between the line whose trimmed text is {@code // snippet:<tag>} and
 * the next line whose trimmed text is {@code // end:<tag>}, without the marker lines of other (nested or
 * overlapping) regions, trailing whitespace removed, leading and trailing blank lines removed, and the common
 * leading indentation of its non-blank lines removed (a tab counts as one character).
 */
public final class TaggedSource {

    /** What a tag names in the source. */
    public sealed interface Lookup permits Region, TagNotFound, TagFoundTwice, EndMissing {
    }

    /**
     * The region of the tag.
     *
     * @param startLine the line of {@code // snippet:<tag>}
     * @param endLine   the line of {@code // end:<tag>}
     * @param lines     the region, normalized, with their line numbers in the source
     */
    public record Region(int startLine, int endLine, List<Line> lines) implements Lookup {
    }

    /**
     * No {@code // snippet:<tag>} line.
     *
     * @param tags       the tags the file has, for the message
     * @param nearMisses lines that would start the region but for spaces or case ({@code // Snippet: tag})
     */
    public record TagNotFound(Set<String> tags, List<Integer> nearMisses) implements Lookup {
    }

    /** Several {@code // snippet:<tag>} lines, at these line numbers. */
    public record TagFoundTwice(List<Integer> startLines) implements Lookup {
    }

    /** A {@code // snippet:<tag>} line with no {@code // end:<tag>} after it. */
    public record EndMissing(int startLine) implements Lookup {
    }

    /** The tags a marker may name: lower-case letters, digits and hyphens, not starting with a hyphen. */
    public static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final Pattern ANY_MARKER_LINE = Pattern.compile("//\\s*(?:snippet|end):\\S*");
    private static final String START = "// snippet:";
    private static final String END = "// end:";

    private final List<String> lines;

    private TaggedSource(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static TaggedSource read(Path file) {
        try {
            return new TaggedSource(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static TaggedSource of(String text) {
        return new TaggedSource(text.lines().toList());
    }

    /** The tags of the file's {@code // snippet:<tag>} lines, in order. */
    public Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith(START) && TAG.matcher(trimmed.substring(START.length())).matches()) {
                tags.add(trimmed.substring(START.length()));
            }
        }
        return tags;
    }

    /** What {@code tag} names in this file. */
    public Lookup region(String tag) {
        List<Integer> starts = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).strip().equals(START + tag)) {
                starts.add(index + 1);
            }
        }
        if (starts.isEmpty()) {
            List<Integer> nearMisses = new ArrayList<>();
            for (int index = 0; index < lines.size(); index++) {
                if (lines.get(index).replaceAll("\\s", "").equalsIgnoreCase("//snippet:" + tag)) {
                    nearMisses.add(index + 1);
                }
            }
            return new TagNotFound(tags(), List.copyOf(nearMisses));
        }
        if (starts.size() > 1) {
            return new TagFoundTwice(List.copyOf(starts));
        }
        int start = starts.get(0);
        for (int index = start; index < lines.size(); index++) {
            if (lines.get(index).strip().equals(END + tag)) {
                int end = index + 1;
                List<Line> region = new ArrayList<>();
                for (int number = start + 1; number < end; number++) {
                    String text = lines.get(number - 1);
                    if (!ANY_MARKER_LINE.matcher(text.strip()).matches()) {
                        region.add(new Line(number, text));
                    }
                }
                return new Region(start, end, normalize(region, true));
            }
        }
        return new EndMissing(start);
    }

    /**
     * The lines as they are compared: trailing whitespace removed, leading and trailing blank lines removed, and
     * (if {@code dedent}) the common leading whitespace of the non-blank lines removed.
     */
    public static List<Line> normalize(List<Line> lines, boolean dedent) {
        List<Line> stripped = new ArrayList<>();
        for (Line line : lines) {
            stripped.add(new Line(line.number(), line.text().stripTrailing()));
        }
        int first = 0;
        while (first < stripped.size() && stripped.get(first).text().isEmpty()) {
            first++;
        }
        int last = stripped.size();
        while (last > first && stripped.get(last - 1).text().isEmpty()) {
            last--;
        }
        List<Line> trimmed = stripped.subList(first, last);
        if (!dedent) {
            return List.copyOf(trimmed);
        }
        int indentation = Integer.MAX_VALUE;
        for (Line line : trimmed) {
            if (!line.text().isEmpty()) {
                indentation = Math.min(indentation, line.text().length() - line.text().stripLeading().length());
            }
        }
        List<Line> dedented = new ArrayList<>();
        for (Line line : trimmed) {
            String text = line.text().isEmpty() ? "" : line.text().substring(indentation);
            dedented.add(new Line(line.number(), text));
        }
        return List.copyOf(dedented);
    }
}
