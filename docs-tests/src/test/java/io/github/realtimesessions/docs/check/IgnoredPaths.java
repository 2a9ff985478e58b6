package io.github.realtimesessions.docs.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What git ignores in the repository, without asking git: every {@code target/} directory and {@code .git/}, plus
 * the root {@code .gitignore}'s patterns in their simple forms: {@code name}, {@code name/} (directories only),
 * {@code *.ext}, {@code /anchored}, {@code dir/sub}, with {@code *} and {@code ?}. Negations ({@code !pattern}) and
 * nested {@code .gitignore} files are not read; this repository uses neither.
 */
public final class IgnoredPaths {

    private final List<Rule> rules;

    private IgnoredPaths(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the repository at {@code root}: the fixed ones, and its root {@code .gitignore} if it has one. */
    public static IgnoredPaths of(Path root) {
        List<String> patterns = new ArrayList<>(List.of("target/", ".git/"));
        Path gitignore = root.resolve(".gitignore");
        if (Files.isRegularFile(gitignore)) {
            try {
                patterns.addAll(Files.readAllLines(gitignore, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + gitignore, e);
            }
        }
        return fromPatterns(patterns);
    }

    /** The rules of these {@code .gitignore} lines (blank lines, comments and negations skipped). */
    public static IgnoredPaths fromPatterns(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#") || pattern.startsWith("!")) {
                continue;
            }
            boolean directoryOnly = pattern.endsWith("/");
            if (directoryOnly) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            boolean anchored = pattern.startsWith("/") || pattern.contains("/");
            if (pattern.startsWith("/")) {
                pattern = pattern.substring(1);
            }
            if (!pattern.isEmpty()) {
                rules.add(new Rule(line.strip(), globToRegex(pattern), anchored, directoryOnly));
            }
        }
        return new IgnoredPaths(rules);
    }

    /**
     * Whether git ignores {@code relativePath} ({@code /}-separated, relative to the root), or anything it is under.
     *
     * @param isDirectory whether the path itself is a directory (for {@code name/} patterns on the last segment)
     */
    public boolean isIgnored(String relativePath, boolean isDirectory) {
        return matchingPattern(relativePath, isDirectory).isPresent();
    }

    /** The {@code .gitignore} pattern that ignores {@code relativePath}, if one does. */
    public Optional<String> matchingPattern(String relativePath, boolean isDirectory) {
        if (relativePath.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = relativePath.split("/");
        for (Rule rule : rules) {
            for (int end = 1; end <= segments.length; end++) {
                boolean last = end == segments.length;
                if (rule.directoryOnly() && last && !isDirectory) {
                    continue;
                }
                boolean matches = rule.anchored()
                        ? rule.regex().matcher(String.join("/", Arrays.copyOfRange(segments, 0, end))).matches()
                        : rule.regex().matcher(segments[end - 1]).matches();
                if (matches) {
                    return Optional.of(rule.pattern());
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private record Rule(String pattern, Pattern regex, boolean anchored, boolean directoryOnly) {
    }
}
