package io.github.realtimesessions.docs.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documentation checks of a repository: {@link SnippetCheck} (every {@code java} block is a tagged region of a
 * compiled source) and {@link LinkCheck} (every link leads somewhere).
 *
 * <p>The two rules doc writers need:
 * <pre>{@code
 * In the markdown, on the line before the fence (blank lines allowed):
 *   <!-- snippet: docs-tests/src/test/java/io/github/realtimesessions/docs/examples/QuickStartExample.java#create-session -->
 *   ```java
 *   ClientSecret secret = creator.create(request);
 *   ```
 * In that source (under src/main/java or src/test/java of a module listed in the root pom.xml):
 *   // snippet:create-session
 *   ClientSecret secret = creator.create(request);
 *   // end:create-session
 * }</pre>
 * The block must equal the lines between the two comment lines, common indentation removed; tags are
 * {@code [a-z0-9][a-z0-9-]*}, one region per tag and file. Links: relative ones resolve inside the repository (not into
 * {@code target/}), {@code #anchors} are GitHub heading slugs, external ones are {@code https://}.
 *
 * <p>Which markdown files: see {@link Repository}. Use {@link #of(Path)} on any root (the tests of the checker run it
 * on planted miniature repositories) or {@link #ofThisRepository()} from a test of this module.
 */
public final class DocsCheck {

    private final Repository repository;
    private final List<Path> markdownFiles;
    private final Map<Path, MarkdownDocument> documents = new HashMap<>();

    private DocsCheck(Repository repository) {
        this.repository = repository;
        this.markdownFiles = repository.markdownFiles();
    }

    /** The checks of the repository at {@code root} (a directory with the root {@code pom.xml}). */
    public static DocsCheck of(Path root) {
        return new DocsCheck(Repository.at(root));
    }

    /** The checks of the repository this test runs in, its root found from {@code user.dir} (the module directory). */
    public static DocsCheck ofThisRepository() {
        return of(Repository.findRoot(Path.of(System.getProperty("user.dir"))));
    }

    public Repository repository() {
        return repository;
    }

    /** The markdown files checked, relative to the root, sorted. */
    public List<String> markdownFiles() {
        return markdownFiles.stream().map(repository::relative).toList();
    }

    public SnippetReport checkSnippets() {
        return new SnippetCheck(repository, this::document).check(markdownFiles);
    }

    public LinkReport checkLinks() {
        return new LinkCheck(repository, this::document).check(markdownFiles);
    }

    private MarkdownDocument document(Path file) {
        return documents.computeIfAbsent(file.toAbsolutePath().normalize(), MarkdownDocument::read);
    }
}
