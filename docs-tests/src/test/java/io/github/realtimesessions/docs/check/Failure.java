package io.github.realtimesessions.docs.check;

import java.util.Comparator;

/**
 * One thing wrong with the documentation, at a line of a markdown file.
 *
 * <p>{@link #toString()} is what people read in the build log: {@code README.md:75: <message>}, the path relative to
 * the repository root with {@code /} separators, so an IDE or terminal can jump to it.
 *
 * @param file    the markdown file, relative to the repository root, with {@code /} separators
 * @param line    the 1-based line of that file the failure is about
 * @param kind    what kind of failure it is (the fixture tests assert on it)
 * @param message what is wrong and how to fix it, for a person; may span several lines
 */
public record Failure(String file, int line, Kind kind, String message) {

    /** Failures in reading order: by file, then line. */
    public static final Comparator<Failure> IN_READING_ORDER =
            Comparator.comparing(Failure::file).thenComparingInt(Failure::line).thenComparing(Failure::kind);

    /** Every kind of failure the checks report. */
    public enum Kind {
        // Snippets.
        /** A {@code java} block without a snippet marker on the line before it. */
        NO_MARKER,
        /** A line that starts like a snippet marker but is not one. */
        MALFORMED_MARKER,
        /** A marker whose tag is not {@code [a-z0-9][a-z0-9-]*}. */
        INVALID_TAG,
        /** A snippet marker not followed by a {@code java} block. */
        MARKER_WITHOUT_BLOCK,
        /** A fenced block that is never closed (it swallows the rest of the file). */
        UNCLOSED_FENCE,
        /** A marker path that climbs above the repository root. */
        PATH_OUTSIDE_REPOSITORY,
        /** A marker path naming no file. */
        FILE_NOT_FOUND,
        /** A marker path to a file that is not under {@code src/main/java} or {@code src/test/java} of a listed module. */
        NOT_A_COMPILED_SOURCE,
        /** A marker tag with no {@code // snippet:<tag>} line in the source. */
        TAG_NOT_FOUND,
        /** A marker tag with more than one {@code // snippet:<tag>} line in the source. */
        TAG_FOUND_TWICE,
        /** A {@code // snippet:<tag>} line with no {@code // end:<tag>} line after it. */
        END_MISSING,
        /** A {@code java} block whose content is not the tagged region. */
        REGION_DIFFERS,

        // Links.
        /** A relative link to nothing. */
        LINK_TARGET_NOT_FOUND,
        /** A relative link that climbs above the repository root. */
        LINK_OUTSIDE_REPOSITORY,
        /** A link to something git ignores: build output under {@code target/}, or a {@code .gitignore} pattern. */
        LINK_TO_BUILD_OUTPUT,
        /** A {@code #fragment} that is no heading (and no {@code <a id>}) of the linked markdown file. */
        ANCHOR_NOT_FOUND,
        /** A {@code [text][label]} whose label has no {@code [label]: target} definition. */
        UNDEFINED_REFERENCE,
        /** A link with an empty target. */
        EMPTY_LINK,
        /** An {@code http:} link to anything but {@code localhost} / {@code 127.0.0.1}. */
        INSECURE_URL,
        /** An external link that is not a valid URI (or has no host). */
        INVALID_URL,
        /** A link with a scheme other than {@code https}, {@code http} (local) and {@code mailto}. */
        UNSUPPORTED_SCHEME
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
