package io.github.realtimesessions.docs.check;

import io.github.realtimesessions.docs.check.MarkdownDocument.FencedBlock;
import io.github.realtimesessions.docs.check.MarkdownDocument.Line;
import io.github.realtimesessions.docs.check.TaggedSource.EndMissing;
import io.github.realtimesessions.docs.check.TaggedSource.Lookup;
import io.github.realtimesessions.docs.check.TaggedSource.Region;
import io.github.realtimesessions.docs.check.TaggedSource.TagFoundTwice;
import io.github.realtimesessions.docs.check.TaggedSource.TagNotFound;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every {@code java} block of the documentation is a copy of a tagged region of a compiled source.
 *
 * <h2>In the markdown</h2>
 * The line before the fence (blank lines between are allowed) is a marker naming the source, relative to the
 * repository root, and the tag:
 *
 * <pre>{@code
 * <!-- snippet: docs-tests/src/test/java/io/github/realtimesessions/docs/examples/QuickStartExample.java#create-session -->
 * ```java
 * ClientSecret secret = creator.create(request);
 * ```
 * }</pre>
 *
 * A block counts as java when the first word of its info string is {@code java} in any case
 * ({@code ```java}, {@code ```Java}, {@code ```java title="QuickStart.java"}, {@code ~~~java}); fences may be
 * indented (inside list items). Blocks of other languages ({@code xml}, {@code sh}, {@code text}, none ...) are not
 * checked, and need no marker.
 *
 * <h2>In the source</h2>
 * <pre>{@code
 *     void createSession(SessionCreator creator, SessionRequest request) {
 *         // snippet:create-session
 *         ClientSecret secret = creator.create(request);
 *         // end:create-session
 *     }
 * }</pre>
 *
 * <ul>
 *   <li>The tag matches {@code [a-z0-9][a-z0-9-]*} and appears once per file on a line whose trimmed text is exactly
 *       {@code // snippet:<tag>} (no space after the colon), closed by the next line whose trimmed text is
 *       {@code // end:<tag>}.</li>
 *   <li>The source is under {@code src/main/java} or {@code src/test/java} of a module listed in the root
 *       {@code pom.xml}'s {@code <modules>} (or under a {@code <sourceDirectory>} / {@code <testSourceDirectory>}
 *       that module's pom sets): the build compiles it, so the documentation shows code that compiles.</li>
 *   <li>The region is the lines strictly between the two marker lines, without the marker lines of other regions
 *       nested in it, with the common leading indentation removed. Block and region are compared line by line,
 *       trailing whitespace and leading/trailing blank lines ignored on both sides.</li>
 * </ul>
 *
 * <p>Failures: a java block with no marker, a malformed marker or tag, a marker with no java block after it, a path
 * outside the repository, missing, or not a compiled source, a tag not found / found twice / without
 * {@code // end:}, a block that differs from its region (reported at the first differing line, with both lines
 * and a diff), and a fence never closed.
 */
public final class SnippetCheck {

    /** The marker line, trimmed: {@code <!-- snippet: <path>#<tag> -->}. */
    public static final Pattern MARKER = Pattern.compile("<!--\\s*snippet:\\s*([^\\s#]+)#([^\\s#]*)\\s*-->");

    private static final Pattern LOOKS_LIKE_MARKER = Pattern.compile("<!--\\s*snippet\\b.*", Pattern.CASE_INSENSITIVE);
    private static final String FORMAT = "<!-- snippet: <path from the repository root>#<tag> -->";
    private static final int MAX_DIFF_LINES = 20;

    private final Repository repository;
    private final Function<Path, MarkdownDocument> documents;
    private final Map<Path, TaggedSource> sources = new HashMap<>();

    SnippetCheck(Repository repository, Function<Path, MarkdownDocument> documents) {
        this.repository = repository;
        this.documents = documents;
    }

    SnippetReport check(List<Path> markdownFiles) {
        List<Failure> failures = new ArrayList<>();
        int javaBlocks = 0;
        for (Path markdown : markdownFiles) {
            String file = repository.relative(markdown);
            MarkdownDocument document = documents.apply(markdown);
            Set<Integer> markersWithBlock = new HashSet<>();
            Map<Integer, FencedBlock> blockAfterLine = new HashMap<>();
            for (FencedBlock block : document.fencedBlocks()) {
                if (block.precedingLine() != null) {
                    blockAfterLine.put(block.precedingLine().number(), block);
                }
                if (!block.isClosed()) {
                    failures.add(new Failure(file, block.openingLine(), Failure.Kind.UNCLOSED_FENCE,
                            "fenced block opened here is never closed: the rest of the file is inside it (and its"
                                    + " links and blocks are not checked); close it with a line of the same fence"));
                }
                if (!block.isJava()) {
                    continue;
                }
                javaBlocks++;
                Line marker = block.precedingLine();
                if (marker == null || !LOOKS_LIKE_MARKER.matcher(marker.text().strip()).matches()) {
                    failures.add(new Failure(file, block.openingLine(), Failure.Kind.NO_MARKER,
                            "java block without a snippet marker: put " + FORMAT + " on the line before the fence,"
                                    + " and the code in a tagged region of a compiled example"
                                    + (marker != null && marker.text().strip().startsWith("<!--")
                                            ? " (the comment at line " + marker.number() + " is no marker)" : "")));
                    continue;
                }
                markersWithBlock.add(marker.number());
                checkMarkedBlock(file, markdown, marker, block).ifPresent(failures::add);
            }
            for (Line comment : document.commentLines()) {
                if (LOOKS_LIKE_MARKER.matcher(comment.text().strip()).matches()
                        && !markersWithBlock.contains(comment.number())) {
                    FencedBlock next = blockAfterLine.get(comment.number());
                    failures.add(new Failure(file, comment.number(), Failure.Kind.MARKER_WITHOUT_BLOCK,
                            "snippet marker not followed by a java block"
                                    + (next != null
                                            ? " (the block after it, at line " + next.openingLine() + ", is "
                                                    + (next.language().isEmpty() ? "without a language"
                                                            : "`" + next.language() + "`") + ")"
                                            : "")
                                    + ": the next non-blank line must open a ```java fence, or remove the marker"));
                }
            }
        }
        failures.sort(Failure.IN_READING_ORDER);
        return new SnippetReport(markdownFiles.stream().map(repository::relative).toList(), javaBlocks, failures);
    }

    private Optional<Failure> checkMarkedBlock(String file, Path markdown, Line marker, FencedBlock block) {
        int at = marker.number();
        Matcher matcher = MARKER.matcher(marker.text().strip());
        if (!matcher.matches()) {
            return fail(file, at, Failure.Kind.MALFORMED_MARKER, "malformed snippet marker `" + marker.text().strip()
                    + "`: write " + FORMAT + ", e.g. <!-- snippet: docs-tests/src/test/java/.../Example.java#usage -->");
        }
        String path = matcher.group(1);
        String tag = matcher.group(2);
        if (!TaggedSource.TAG.matcher(tag).matches()) {
            return fail(file, at, Failure.Kind.INVALID_TAG, "snippet tag `" + tag + "` is not valid: a tag is"
                    + " lower-case letters, digits and hyphens, starting with a letter or digit ([a-z0-9][a-z0-9-]*)");
        }
        Path source;
        try {
            source = repository.root().resolve(path).normalize();
        } catch (InvalidPathException e) {
            return fail(file, at, Failure.Kind.FILE_NOT_FOUND, "snippet path `" + path + "` is not a valid path");
        }
        if (!repository.contains(source) || path.startsWith("/")) {
            return fail(file, at, Failure.Kind.PATH_OUTSIDE_REPOSITORY, "snippet path `" + path
                    + "` is outside the repository: write it relative to the repository root, without a leading /");
        }
        if (!Files.isRegularFile(source)) {
            Path besideMarkdown = markdown.getParent().resolve(path).normalize();
            return fail(file, at, Failure.Kind.FILE_NOT_FOUND, "snippet source `" + path + "` not found"
                    + (Files.isDirectory(source) ? " (it is a directory)" : "")
                    + (Files.isRegularFile(besideMarkdown) ? "; the path is relative to the repository root, not to"
                            + " the markdown file: write " + repository.relative(besideMarkdown) : ""));
        }
        if (repository.compiledSourceRoot(source).isEmpty()) {
            Optional<String> module = repository.unlistedModuleOf(source);
            String why = module.isPresent() && !repository.modules().contains(module.get())
                    ? "its module `" + module.get() + "` is not listed in the <modules> of the root pom.xml"
                    : "it must be a .java file under <module>/src/main/java or <module>/src/test/java of a module"
                            + " listed in the root pom.xml";
            return fail(file, at, Failure.Kind.NOT_A_COMPILED_SOURCE,
                    "snippet source `" + path + "` is not compiled by the build: " + why);
        }
        Lookup lookup = sources.computeIfAbsent(source, TaggedSource::read).region(tag);
        if (lookup instanceof TagNotFound notFound) {
            return fail(file, at, Failure.Kind.TAG_NOT_FOUND, "no line `// snippet:" + tag + "` in " + path
                    + (notFound.nearMisses().isEmpty() ? ""
                            : "; line " + notFound.nearMisses().stream().map(String::valueOf)
                                    .collect(Collectors.joining(", "))
                                    + " comes close: write exactly `// snippet:" + tag + "`, no space, lower case")
                    + (notFound.tags().isEmpty() ? " (it has no tagged regions)"
                            : " (its tags: " + String.join(", ", notFound.tags()) + ")"));
        }
        if (lookup instanceof TagFoundTwice twice) {
            return fail(file, at, Failure.Kind.TAG_FOUND_TWICE, "`// snippet:" + tag + "` appears "
                    + twice.startLines().size() + " times in " + path + ", at lines "
                    + twice.startLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ": a tag names one region of a file; rename all but one");
        }
        if (lookup instanceof EndMissing missing) {
            return fail(file, at, Failure.Kind.END_MISSING, "`// snippet:" + tag + "` at " + path + ":"
                    + missing.startLine() + " has no `// end:" + tag + "` line after it");
        }
        return compare(file, path, tag, block, (Region) lookup);
    }

    private static Optional<Failure> compare(String file, String path, String tag, FencedBlock block, Region region) {
        List<Line> shown = TaggedSource.normalize(block.content(), false);
        List<Line> wanted = region.lines();
        List<String> shownText = shown.stream().map(Line::text).toList();
        List<String> wantedText = wanted.stream().map(Line::text).toList();
        if (shownText.equals(wantedText)) {
            return Optional.empty();
        }
        int first = 0;
        while (first < shown.size() && first < wanted.size() && shownText.get(first).equals(wantedText.get(first))) {
            first++;
        }
        int markdownLine = first < shown.size() ? shown.get(first).number() : block.closingLine();
        int sourceLine = first < wanted.size() ? wanted.get(first).number() : region.endLine();
        String markdownAt = file + ":" + markdownLine;
        String sourceAt = path + ":" + sourceLine;
        int width = Math.max(markdownAt.length(), sourceAt.length());
        StringBuilder message = new StringBuilder()
                .append("java block differs from its snippet ").append(path).append('#').append(tag)
                .append(" (the region is lines ").append(region.startLine() + 1).append('-')
                .append(region.endLine() - 1).append(" of the source); first difference:\n")
                .append("    block  ").append(pad(markdownAt, width)).append(" | ")
                .append(first < shown.size() ? shownText.get(first) : "(block ends here)").append('\n')
                .append("    region ").append(pad(sourceAt, width)).append(" | ")
                .append(first < wanted.size() ? wantedText.get(first) : "(region ends here)").append('\n');
        if (first < shown.size() && first < wanted.size()
                && shownText.get(first).strip().equals(wantedText.get(first).strip())) {
            message.append("    (only the indentation differs: ").append(indentation(shownText.get(first)))
                    .append(" vs ").append(indentation(wantedText.get(first)))
                    .append(" leading spaces, after the region's common indentation is removed)\n");
        }
        List<String> diff = TextDiff.unified(shownText, wantedText, MAX_DIFF_LINES);
        if (!diff.isEmpty()) {
            message.append("    diff (- block, + region):\n");
            diff.forEach(line -> message.append("      ").append(line).append('\n'));
        }
        message.append("    fix: copy the region into the block, or change the example if the documentation is right");
        return fail(file, markdownLine, Failure.Kind.REGION_DIFFERS, message.toString());
    }

    private static int indentation(String text) {
        return text.length() - text.stripLeading().length();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static Optional<Failure> fail(String file, int line, Failure.Kind kind, String message) {
        return Optional.of(new Failure(file, line, kind, message));
    }
}
