package io.github.realtimesessions.docs.check;

import io.github.realtimesessions.docs.check.MarkdownDocument.Link;
import io.github.realtimesessions.docs.check.MarkdownDocument.ReferenceUse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every link of the documentation leads somewhere.
 *
 * <ul>
 *   <li>A relative link ({@code [Design](docs/design.md)}, {@code ![diagram](docs/flow.svg)},
 *       {@code [id]: ../cli/README.md}) resolves, from the markdown file's directory, to a file or directory inside
 *       the repository; a leading {@code /} means the repository root, as on GitHub. Percent escapes are decoded; a
 *       {@code ?query} is ignored. Linking above the root ({@code ../shared/DESIGN.md}) fails, and so does linking
 *       what git ignores (anything under a {@code target/} directory, or a root {@code .gitignore} pattern): the
 *       documentation must not point at build output.</li>
 *   <li>A {@code #fragment}, alone ({@code #configuration}) or on a link to a markdown file
 *       ({@code docs/testing.md#the-fake-server}), names a heading of that file by its GitHub anchor (see
 *       {@link GitHubSlugger}: {@code ## What's new?} is {@code #whats-new}, a second {@code ## Usage} is
 *       {@code #usage-1}) or an explicit {@code <a id="...">} / {@code <a name="...">}. Fragments on links to other
 *       files ({@code Foo.java#L10}) and directories are not checked.</li>
 *   <li>{@code [text][label]} and {@code [label][]} need a {@code [label]: target} definition in the same file.</li>
 *   <li>External links are not fetched. They must be valid URIs: {@code https://} with a host, {@code mailto:} with
 *       an address, and {@code http://} only for {@code localhost} and {@code 127.0.0.1}. Other schemes
 *       ({@code ftp:}, {@code file:}, protocol-relative {@code //host}) fail.</li>
 * </ul>
 * Links inside fenced blocks, inline code spans and HTML comments are not links.
 */
public final class LinkCheck {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private final Repository repository;
    private final Function<Path, MarkdownDocument> documents;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    LinkCheck(Repository repository, Function<Path, MarkdownDocument> documents) {
        this.repository = repository;
        this.documents = documents;
    }

    LinkReport check(List<Path> markdownFiles) {
        List<Failure> failures = new ArrayList<>();
        int linksChecked = 0;
        for (Path markdown : markdownFiles) {
            String file = repository.relative(markdown);
            MarkdownDocument document = documents.apply(markdown);
            for (Link link : document.links()) {
                linksChecked++;
                check(file, markdown, link).ifPresent(failures::add);
            }
            for (ReferenceUse use : document.referenceUses()) {
                linksChecked++;
                if (!document.definesLabel(use.label())) {
                    failures.add(new Failure(file, use.line(), Failure.Kind.UNDEFINED_REFERENCE,
                            "reference link [" + use.label() + "] has no definition: add a line `[" + use.label()
                                    + "]: <target>` to this file (GitHub shows the brackets as plain text)"));
                }
            }
        }
        failures.sort(Failure.IN_READING_ORDER);
        return new LinkReport(markdownFiles.stream().map(repository::relative).toList(), linksChecked, failures);
    }

    private Optional<Failure> check(String file, Path markdown, Link link) {
        String target = link.target();
        String what = link.form().description() + " `" + target + "`";
        int line = link.line();
        if (target.isEmpty()) {
            return fail(file, line, Failure.Kind.EMPTY_LINK, link.form().description() + " with an empty target");
        }
        if (target.startsWith("#")) {
            return checkAnchor(file, line, what, markdown, target.substring(1));
        }
        Matcher scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            return checkExternal(file, line, what, scheme.group(1).toLowerCase(Locale.ROOT), target);
        }
        if (target.startsWith("//")) {
            return fail(file, line, Failure.Kind.UNSUPPORTED_SCHEME,
                    what + " is protocol-relative: write https://" + target.substring(2));
        }
        int hash = target.indexOf('#');
        String fragment = hash >= 0 ? target.substring(hash + 1) : null;
        String path = hash >= 0 ? target.substring(0, hash) : target;
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        if (path.isEmpty()) {
            return fragment == null ? Optional.empty() : checkAnchor(file, line, what, markdown, fragment);
        }
        Path resolved;
        try {
            String decoded = percentDecode(path);
            resolved = (decoded.startsWith("/")
                    ? repository.root().resolve(decoded.substring(1))
                    : markdown.getParent().resolve(decoded)).normalize();
        } catch (IllegalArgumentException e) { // a java.nio.file.InvalidPathException, or a bad escape
            return fail(file, line, Failure.Kind.INVALID_URL, what + " is not a valid path: " + e.getMessage());
        }
        if (!repository.contains(resolved)) {
            return fail(file, line, Failure.Kind.LINK_OUTSIDE_REPOSITORY, what
                    + " climbs above the repository root: on GitHub and in the published docs it leads nowhere;"
                    + " link inside the repository, or use an https:// URL");
        }
        String relative = repository.relative(resolved);
        Optional<String> ignoredBy = repository.ignored().matchingPattern(relative, Files.isDirectory(resolved));
        if (ignoredBy.isPresent()) {
            return fail(file, line, Failure.Kind.LINK_TO_BUILD_OUTPUT, what + " leads to " + relative
                    + ", which git ignores (" + ignoredBy.get() + "): the documentation must not link build output;"
                    + " link the source instead");
        }
        if (!Files.exists(resolved) || !actualNameMatches(resolved)) {
            return fail(file, line, Failure.Kind.LINK_TARGET_NOT_FOUND, what + " leads to " + relative
                    + ", which does not exist" + similarName(resolved).map(name -> " (did you mean " + name + "?)")
                            .orElse(""));
        }
        if (fragment != null && Files.isRegularFile(resolved) && isMarkdown(resolved)) {
            return checkAnchor(file, line, what, resolved, fragment);
        }
        return Optional.empty();
    }

    private Optional<Failure> checkExternal(String file, int line, String what, String scheme, String target) {
        if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("mailto")) {
            return fail(file, line, Failure.Kind.UNSUPPORTED_SCHEME,
                    what + ": only https: links (http: for localhost), mailto: and relative links are allowed");
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return fail(file, line, Failure.Kind.INVALID_URL, what + " is not a valid URI: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
        if (scheme.equals("mailto")) {
            return uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@")
                    ? Optional.empty()
                    : fail(file, line, Failure.Kind.INVALID_URL, what + " has no e-mail address");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return fail(file, line, Failure.Kind.INVALID_URL, what + " has no host");
        }
        if (scheme.equals("http") && !LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return fail(file, line, Failure.Kind.INSECURE_URL, what
                    + " uses http: write https:// (http: is allowed only for localhost and 127.0.0.1 examples)");
        }
        return Optional.empty();
    }

    private Optional<Failure> checkAnchor(String file, int line, String what, Path markdown, String fragment) {
        String anchor;
        try {
            anchor = percentDecode(fragment);
        } catch (IllegalArgumentException e) {
            anchor = fragment;
        }
        String in = markdown.equals(repository.root().resolve(file)) ? "this file" : repository.relative(markdown);
        if (anchor.isEmpty()) {
            return fail(file, line, Failure.Kind.ANCHOR_NOT_FOUND, what + " has an empty #anchor");
        }
        Set<String> known = anchors.computeIfAbsent(markdown, path -> documents.apply(path).anchors());
        if (known.contains(anchor)) {
            return Optional.empty();
        }
        String wanted = anchor;
        Optional<String> closest = known.stream()
                .filter(candidate -> candidate.equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> known.stream()
                        .filter(candidate -> distance(candidate, wanted) <= Math.max(2, wanted.length() / 4))
                        .min((a, b) -> distance(a, wanted) - distance(b, wanted)));
        return fail(file, line, Failure.Kind.ANCHOR_NOT_FOUND, what + ": no heading of " + in + " has the anchor #"
                + anchor + closest.map(name -> " (did you mean #" + name + "?)").orElse("")
                + "; anchors are GitHub's heading slugs: lower case, punctuation removed, spaces as -, a repeated"
                + " heading numbered -1, -2 ...");
    }

    private static boolean actualNameMatches(Path resolved) {
        try {
            Path real = resolved.toRealPath();
            return Files.isSymbolicLink(resolved) || real.getFileName() == null
                    || real.getFileName().toString().equals(resolved.getFileName().toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> similarName(Path resolved) {
        Path parent = resolved.getParent();
        if (parent == null || !Files.isDirectory(parent) || resolved.getFileName() == null) {
            return Optional.empty();
        }
        String name = resolved.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.map(sibling -> sibling.getFileName().toString())
                    .filter(sibling -> !sibling.equals(name) && sibling.equalsIgnoreCase(name))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }

    private static boolean isMarkdown(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** {@code %XX} escapes decoded as UTF-8 ({@code +} stays a plus); an incomplete escape is an error. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int value = hex(text, i + 1) * 16 + hex(text, i + 2);
                bytes.write(value);
                i += 2;
            } else {
                if (bytes.size() > 0) {
                    out.append(bytes.toString(StandardCharsets.UTF_8));
                    bytes.reset();
                }
                out.append(c);
            }
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static int hex(String text, int at) {
        int value = at < text.length() ? Character.digit(text.charAt(at), 16) : -1;
        if (value < 0) {
            throw new IllegalArgumentException("invalid percent escape in " + text);
        }
        return value;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Optional<Failure> fail(String file, int line, Failure.Kind kind, String message) {
        return Optional.of(new Failure(file, line, kind, message));
    }
}
